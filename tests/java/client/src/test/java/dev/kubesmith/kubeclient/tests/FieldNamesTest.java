package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import dev.kubesmith.kubeclient.openapi.json.JsonDecodeException;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * FieldNames: the codecs guess each next field name from the order seen before; whatever the
 * guesses, every order, unknown field, escaped name and parser gives the same object.
 */
class FieldNamesTest {
    private final JSON json = new JSON();

    /** The numbers {@code next} returns for one object, END excluded. */
    private static List<Integer> fields(FieldNames names, String text) throws IOException {
        List<Integer> seen = new ArrayList<>();
        try (JsonParser p = JSON.FACTORY.createParser(text.getBytes(StandardCharsets.UTF_8))) {
            p.nextToken();
            int field = FieldNames.START;
            while ((field = names.next(p, field)) != FieldNames.END) {
                seen.add(field);
                p.nextToken();
                p.skipChildren();
            }
        }
        return seen;
    }

    @Test
    void everyOrderGivesTheFieldNumbersWhateverWasLearned() throws IOException {
        FieldNames names = new FieldNames("a", "b", "c");
        assertEquals(3, names.unknown());
        for (int round = 0; round < 3; round++) {
            assertEquals(List.of(0, 1, 2), fields(names, "{\"a\":1,\"b\":{\"x\":[1]},\"c\":3}"));
            assertEquals(List.of(2, 3, 0), fields(names, "{\"c\":3,\"x\":{\"a\":1},\"a\":1}"));
            assertEquals(List.of(1), fields(names, "{\"b\":null}"));
            assertEquals(List.of(), fields(names, "{}"));
            // a name that starts like a guess, and an escaped spelling of one
            assertEquals(List.of(0, 3, 1), fields(names, "{\"a\":1,\"bb\":2,\"\\u0062\":3}"));
            assertEquals(List.of(3, 3), fields(names, "{\"\":1,\"\u00e9\":2}"));
        }
    }

    @Test
    void modelsDecodeTheSameInAnyOrderFromStringsAndStreams() throws IOException {
        String[] texts = {
            "{\"name\":\"n\",\"namespace\":\"ns\",\"labels\":{\"a\":\"1\"},\"generation\":2}",
            "{\"generation\":2,\"labels\":{\"a\":\"1\"},\"namespace\":\"ns\",\"name\":\"n\"}",
            "{\"namespace\":\"ns\",\"unknown\":{\"name\":\"x\"},\"name\":\"n\","
                    + "\"labels\":{\"a\":\"1\"},\"generation\":2}",
            "{\"\\u006eame\":\"n\",\"generation\":2,\"namespace\":\"ns\",\"labels\":{\"a\":\"1\"}}",
        };
        V1ObjectMeta expected = new V1ObjectMeta().name("n").namespace("ns")
                .labels(Map.of("a", "1")).generation(2L);
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                assertEquals(expected, json.deserialize(text, V1ObjectMeta.class), text);
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                assertEquals(expected,
                        json.deserialize(new ByteArrayInputStream(bytes), V1ObjectMeta.class), text);
            }
        }
        V1ObjectMeta partial = json.deserialize("{\"namespace\":\"ns\"}", V1ObjectMeta.class);
        assertEquals("ns", partial.getNamespace());
        assertNull(partial.getName());
    }

    @Test
    void aWrongValueAfterAGuessedNameIsStillAnErrorNamingThePlace() throws IOException {
        json.deserialize("{\"name\":\"n\",\"generation\":1}", V1ObjectMeta.class);
        JsonDecodeException e = assertThrows(JsonDecodeException.class,
                () -> json.deserialize("{\"name\":\"n\",\"generation\":\"x\"}", V1ObjectMeta.class));
        assertEquals(true, e.getMessage().contains("/generation"), e.getMessage());
        assertThrows(IOException.class,
                () -> json.deserialize("{\"name\":\"n\" \"generation\":1}", V1ObjectMeta.class));
        assertThrows(IOException.class,
                () -> json.deserialize("{\"name\":\"n\",\"generation\":1", V1ObjectMeta.class));
    }

    @Test
    void threadsDecodingDifferentOrdersAtOnceGetTheirOwnObjects() throws Exception {
        String first = "{\"name\":\"a\",\"namespace\":\"x\",\"uid\":\"1\"}";
        String second = "{\"uid\":\"2\",\"name\":\"b\",\"namespace\":\"y\"}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String text = t % 2 == 0 ? first : second;
                String name = t % 2 == 0 ? "a" : "b";
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 2000; i++) {
                        V1ObjectMeta m = json.deserialize(text, V1ObjectMeta.class);
                        if (name.equals(m.getName()) && m.getUid() != null
                                && m.getNamespace() != null) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(2000, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
