package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiCallback;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.util.PodLogs;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Pod logs through the API server and KWOK (which serves a file in CRI log format). */
class LogsCluster {
    static List<String> expected() throws Exception {
        String json = Bed.control("log-lines", "");
        List<String> lines = new ArrayList<>();
        for (Object o : (List<?>) dev.kubesmith.kubeclient.openapi.json.Codecs.ANY.read(
                parser(json))) {
            lines.add((String) o);
        }
        return lines;
    }

    private static com.fasterxml.jackson.core.JsonParser parser(String json) throws Exception {
        com.fasterxml.jackson.core.JsonParser p =
                dev.kubesmith.kubeclient.openapi.JSON.FACTORY.createParser(json);
        p.nextToken();
        return p;
    }

    static List<String> lines(InputStream in) throws Exception {
        try (InputStream s = in) {
            String text = new String(s.readAllBytes(), StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
        }
    }

    @Test
    void snapshotTailTimestampsPreviousAndContainer() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        PodLogs logs = new PodLogs(client);
        List<String> all = expected();
        assertEquals(all, lines(logs.streamNamespacedPodLog(Bed.NS, pod, "main", null, null,
                false, false, false)));
        assertEquals(all.subList(all.size() - 1, all.size()), lines(logs.streamNamespacedPodLog(
                Bed.NS, pod, null, null, 1, false, false, false)));
        List<String> stamped = lines(logs.streamNamespacedPodLog(Bed.NS, pod, "main", null,
                null, true, false, false));
        assertEquals(all.size(), stamped.size());
        for (int i = 0; i < all.size(); i++) {
            String[] parts = stamped.get(i).split(" ", 2);
            OffsetDateTime.parse(parts[0]);
            assertEquals(all.get(i), parts[1]);
        }
        assertEquals(List.of("previous container log"), lines(logs.streamNamespacedPodLog(
                Bed.NS, pod, "main", null, null, false, true, false)));
        ApiException bad = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> logs.streamNamespacedPodLog(Bed.NS, pod, "nope"));
        assertEquals(400, bad.getCode());
    }

    /**
     * Reads a followed log: the lines the pod has, then two lines appended while it is open
     * (which must arrive on the same stream). Closes the stream.
     */
    static void assertFollows(InputStream in, String one, String two) throws Exception {
        List<String> initial = expected();
        List<String> seen = new ArrayList<>();
        try (InputStream s = in) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
            for (int i = 0; i < initial.size(); i++) {
                seen.add(reader.readLine());
            }
            Bed.control("append-log", new dev.kubesmith.kubeclient.openapi.JSON().serialize(List.of(one, two)));
            seen.add(reader.readLine());
            seen.add(reader.readLine());
        }
        List<String> want = new ArrayList<>(initial);
        want.add(one);
        want.add(two);
        assertEquals(want, seen);
    }

    @Test
    void followSeesLinesAppendedWhileStreaming() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        assertFollows(new PodLogs(client).streamNamespacedPodLog(Bed.NS, pod, "main"),
                "appended \u2603 one", "appended two");
    }

    @Test
    void readNamespacedPodLogWithExecuteAsync() throws Exception {
        ApiClient client = Bed.client();
        String pod = Bed.pod(client, "box");
        CompletableFuture<String> result = new CompletableFuture<>();
        new CoreV1Api(client).readNamespacedPodLog(pod, Bed.NS).tailLines(1).executeAsync(
                new ApiCallback<String>() {
                    @Override
                    public void onFailure(ApiException e, int code, Map<String, List<String>> h) {
                        result.completeExceptionally(e);
                    }

                    @Override
                    public void onSuccess(String body, int code, Map<String, List<String>> h) {
                        result.complete(body);
                    }

                    @Override
                    public void onUploadProgress(long done, long total, boolean last) {}

                    @Override
                    public void onDownloadProgress(long done, long total, boolean last) {}
                });
        List<String> all = expected();
        assertEquals(all.get(all.size() - 1) + "\n", result.get(30, TimeUnit.SECONDS));
    }
}
