package dev.kubesmith.kubeclient.util.watch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import dev.kubesmith.kubeclient.util.Watch;
import dev.kubesmith.kubeclient.util.exception.WatchException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;

/** Decodes one watch line, {@code {"type":T,"object":{...}}}, in one streaming pass. */
public final class Events {
    public static final String ADDED = "ADDED";
    public static final String MODIFIED = "MODIFIED";
    public static final String DELETED = "DELETED";
    public static final String BOOKMARK = "BOOKMARK";
    public static final String ERROR = "ERROR";
    /** The annotation of the bookmark that ends a streaming list's initial events. */
    public static final String INITIAL_EVENTS_END = "k8s.io/initial-events-end";
    private static final Set<String> TYPES = Set.of(ADDED, MODIFIED, DELETED, BOOKMARK, ERROR);

    private Events() {}

    /** The event of one line; an ERROR event carries its Status in {@code status}. */
    public static <T> Watch.Response<T> decode(byte[] line, Codec<T> codec) {
        try (JsonParser p = JSON.FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new WatchException("a watch line is not a JSON object: " + excerpt(line), null);
            }
            String type = null;
            T object = null;
            V1Status status = null;
            Object early = null; // the object, when it came before the type (never in practice)
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if ("type".equals(field)) {
                    type = p.getValueAsString();
                    check(type, line);
                } else if ("object".equals(field)) {
                    if (type == null) {
                        early = Codecs.ANY.read(p);
                    } else if (ERROR.equals(type)) {
                        status = V1Status.CODEC.read(p);
                    } else {
                        object = codec.read(p);
                    }
                } else {
                    p.skipChildren();
                }
            }
            check(type, line);
            if (early != null) {
                byte[] again = encode(early);
                if (ERROR.equals(type)) {
                    status = readWith(again, V1Status.CODEC);
                } else {
                    object = readWith(again, codec);
                }
            }
            return ERROR.equals(type) ? new Watch.Response<>(type, status)
                    : new Watch.Response<>(type, object);
        } catch (IOException e) {
            throw new WatchException("unreadable watch event (" + e.getMessage() + "): "
                    + excerpt(line), e);
        }
    }

    private static void check(String type, byte[] line) {
        if (type == null || !TYPES.contains(type)) {
            throw new WatchException("not a watch event type: " + type + " in " + excerpt(line),
                    null);
        }
    }

    private static byte[] encode(Object raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.FACTORY.createGenerator(out)) {
            Codecs.ANY.write(g, raw);
        }
        return out.toByteArray();
    }

    private static <T> T readWith(byte[] data, Codec<T> codec) throws IOException {
        try (JsonParser p = JSON.FACTORY.createParser(data)) {
            p.nextToken();
            return codec.read(p);
        }
    }

    private static String excerpt(byte[] line) {
        String text = new String(line, 0, Math.min(line.length, 200),
                java.nio.charset.StandardCharsets.UTF_8);
        return line.length > 200 ? text + "..." : text;
    }
}
