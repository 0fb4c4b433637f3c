package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.Configuration;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1Pod;
import dev.kubesmith.kubeclient.util.Config;
import dev.kubesmith.kubeclient.util.Exec;
import dev.kubesmith.kubeclient.util.PodLogs;
import dev.kubesmith.kubeclient.util.PortForward;
import dev.kubesmith.kubeclient.util.TypeToken;
import dev.kubesmith.kubeclient.util.Watch;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed chapter's Java snippets for watch, logs, exec and port-forward, as written there. */
class SeedSnippetsCluster {
    @Test
    void watchSnippet() throws Exception {
        ApiClient client = Config.defaultClient();
        Configuration.setDefaultApiClient(client);
        CoreV1Api api = new CoreV1Api();
        String pod = Bed.pod(client, "box");
        List<String> printed = new ArrayList<>();
        Watch<V1Pod> watch = Watch.createWatch(client,
                api.listNamespacedPodCall(Bed.NS, null, null, null, null, null, Integer.MAX_VALUE,
                        null, null, null, null, 2, Boolean.TRUE, null),
                new TypeToken<Watch.Response<V1Pod>>() {}.getType());
        try {
            for (Watch.Response<V1Pod> item : watch) {
                printed.add(String.format("%s : %s%n", item.type, item.object.getMetadata().getName()));
            }
        } finally {
            watch.close();
        }
        assertTrue(printed.contains("ADDED : " + pod + "\n"), printed.toString());
    }

    @Test
    void logsExecAndPortForwardSnippets() throws Exception {
        ApiClient client = Config.defaultClient();
        Configuration.setDefaultApiClient(client);
        CoreV1Api api = new CoreV1Api();
        V1Pod pod = api.readNamespacedPod(Bed.pod(client, "box"), Bed.NS).execute();
        PodLogs logs = new PodLogs();
        InputStream is = logs.streamNamespacedPodLog(pod);
        byte[] first = is.readNBytes(5);
        is.close();
        assertEquals(5, first.length);

        Exec exec = new Exec();
        final Process proc = exec.exec(Bed.NS, pod.getMetadata().getName(),
                new String[] {"ls", "/foo"}, true, true /*tty*/);
        proc.getOutputStream().close();
        proc.getInputStream().readAllBytes();
        assertEquals(2, proc.waitFor()); // KWOK runs ls here, where /foo does not exist

        com.sun.net.httpserver.HttpServer server = PortForwardCluster.target();
        try {
            PortForward fwd = new PortForward();
            List<Integer> ports = new ArrayList<>();
            int targetPort = 8080;
            ports.add(targetPort);
            final PortForward.PortForwardResult result =
                    fwd.forward(Bed.NS, pod.getMetadata().getName(), ports);
            try {
                assertEquals("hello from /seed", PortForwardCluster.get(result, targetPort, "/seed"));
            } finally {
                result.close();
            }
        } finally {
            server.stop(0);
        }
    }
}
