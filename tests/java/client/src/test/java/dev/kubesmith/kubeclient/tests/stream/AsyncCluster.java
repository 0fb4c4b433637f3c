package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.kubesmith.kubeclient.custom.V1Patch;
import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Service;
import dev.kubesmith.kubeclient.openapi.models.V1ServiceList;
import dev.kubesmith.kubeclient.openapi.models.V1ServicePort;
import dev.kubesmith.kubeclient.openapi.models.V1ServiceSpec;
import dev.kubesmith.kubeclient.util.Attach;
import dev.kubesmith.kubeclient.util.Copy;
import dev.kubesmith.kubeclient.util.Exec;
import dev.kubesmith.kubeclient.util.PodLogs;
import dev.kubesmith.kubeclient.util.PortForward;
import dev.kubesmith.kubeclient.util.Watch;
import dev.kubesmith.kubeclient.util.generic.GenericKubernetesApi;
import dev.kubesmith.kubeclient.util.generic.dynamic.DynamicKubernetesApi;
import dev.kubesmith.kubeclient.util.generic.dynamic.DynamicKubernetesObject;
import dev.kubesmith.kubeclient.util.generic.options.ListOptions;
import dev.kubesmith.kubeclient.util.generic.options.PatchOptions;
import dev.kubesmith.kubeclient.util.generic.options.UpdateOptions;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The async forms of watch, logs, exec, attach, port-forward, copy and the generic API's
 * watch, on the testbed. Async work runs on the client's callback executor, whose threads
 * are named here so the tests can tell.
 */
class AsyncCluster {
    static final String EXECUTOR_THREAD = "test-callbacks-";

    static ApiClient client() throws java.io.IOException {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, EXECUTOR_THREAD + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return Bed.client().setCallbackExecutor(pool);
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    /** The exception a future failed with (as the sync form throws it). */
    static Throwable failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> future.get(60, TimeUnit.SECONDS));
        return e.getCause();
    }

    static V1ConfigMap labelled(String name, String label, String value) {
        return Bed.configMap(name, value).metadata(new V1ObjectMeta().name(name).namespace(Bed.NS)
                .labels(Map.of("async", label)));
    }

    /** Records events of a watch delivered by forEachAsync, and the threads they ran on. */
    static final class Events {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final List<Boolean> relisted = Collections.synchronizedList(new ArrayList<>());
        final Map<String, String> state = new ConcurrentHashMap<>();

        <T extends dev.kubesmith.kubeclient.common.KubernetesObject> void add(
                Watch.Response<T> e) {
            String name = e.object.getMetadata().getName();
            seen.add(e.type + " " + name);
            relisted.add(e.isFromRelist());
            threads.add(Thread.currentThread().getName());
            if ("DELETED".equals(e.type)) {
                state.remove(name);
            } else {
                state.put(name, e.object.getMetadata().getResourceVersion());
            }
        }
    }

    @Test
    void watchEventsReachAConsumerInOrderAndCancellingClosesTheWatch() throws Exception {
        ApiClient client = client();
        CoreV1Api api = new CoreV1Api(client);
        String start = api.listNamespacedConfigMap(Bed.NS).execute().getMetadata().getResourceVersion();
        Watch<V1ConfigMap> watch = get(Watch.createWatchAsync(client, api.listNamespacedConfigMap(Bed.NS)
                .labelSelector("async=order").resourceVersion(start).watch(true).buildCall(null),
                V1ConfigMap.class));
        Events events = new Events();
        CompletableFuture<Void> done = watch.forEachAsync(events::add);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String name = "aw-" + i;
            api.createNamespacedConfigMap(Bed.NS, labelled(name, "order", "0")).execute();
            api.replaceNamespacedConfigMap(name, Bed.NS, labelled(name, "order", "1")).execute();
            api.deleteNamespacedConfigMap(name, Bed.NS).execute();
            expected.addAll(List.of("ADDED " + name, "MODIFIED " + name, "DELETED " + name));
        }
        Bed.waitFor("30 events", () -> events.seen.size() >= 30, 60);
        assertEquals(expected, new ArrayList<>(events.seen));
        assertEquals(1, events.threads.size(), events.threads.toString());
        assertTrue(events.threads.iterator().next().startsWith(EXECUTOR_THREAD), events.threads.toString());

        assertFalse(done.isDone());
        assertTrue(done.cancel(true));
        // the watch is closed: the executor's task ends, and later changes are not delivered
        Bed.waitFor("the watch to end", () -> !watch.hasNext(), 15);
        api.createNamespacedConfigMap(Bed.NS, labelled("aw-late", "order", "0")).execute();
        Thread.sleep(1000);
        assertEquals(30, events.seen.size());
    }

    @Test
    void asyncWatchesEndFailAndAreRefusedLikeSyncOnes() throws Exception {
        ApiClient client = client();
        CoreV1Api api = new CoreV1Api(client);
        // timeoutSeconds ends the watch: the future completes normally
        long started = System.nanoTime();
        Watch<V1ConfigMap> timed = get(Watch.createWatchAsync(client, api.listNamespacedConfigMap(Bed.NS)
                .fieldSelector("metadata.name=kube-root-ca.crt").watch(true).timeoutSeconds(2)
                .buildCall(null), V1ConfigMap.class));
        List<String> types = Collections.synchronizedList(new ArrayList<>());
        get(timed.forEachAsync(e -> types.add(e.type)));
        assertEquals(List.of("ADDED"), types);
        double seconds = (System.nanoTime() - started) / 1e9;
        // the server ends it (when exactly is the server's: a loaded CI machine saw 1.5 s)
        assertTrue(seconds < 15, "ended after " + seconds + " s");

        // an exception from the consumer fails the future and closes the watch
        Watch<V1ConfigMap> failing = get(Watch.createWatchAsync(client, api.listNamespacedConfigMap(Bed.NS)
                .watch(true).buildCall(null), V1ConfigMap.class));
        IllegalStateException thrown = new IllegalStateException("consumer failed");
        Throwable cause = failure(failing.forEachAsync(e -> {
            throw thrown;
        }));
        assertSame(thrown, cause);
        assertFalse(failing.hasNext());

        // a refused watch fails the future with the ApiException createWatch throws
        ApiException refused = assertInstanceOf(ApiException.class, failure(Watch.createWatchAsync(
                client, api.listNamespacedConfigMap(Bed.NS).labelSelector("a in (").watch(true)
                        .buildCall(null), V1ConfigMap.class)));
        assertEquals(400, refused.getCode());
    }

    /**
     * GenericKubernetesApi.watch is the resumable Watch: a live watch resumes across an
     * API-server restart, and one started at a compacted resourceVersion relists. The dynamic
     * API (DynamicKubernetesObject) watches the same way.
     */
    @Test
    void genericWatchResumesAfterARestartAndRelistsAfterCompaction() throws Exception {
        ApiClient client = client();
        CoreV1Api api = new CoreV1Api(client);
        GenericKubernetesApi<V1ConfigMap, V1ConfigMapList> configMaps = new GenericKubernetesApi<>(
                V1ConfigMap.class, V1ConfigMapList.class, "", "v1", "configmaps", client);
        ListOptions selected = new ListOptions().labelSelector("async=generic");
        configMaps.create(labelled("gw-a", "generic", "0")).throwsApiException();
        String stale = api.listNamespacedConfigMap(Bed.NS).execute().getMetadata().getResourceVersion();
        configMaps.create(labelled("gw-b", "generic", "0")).throwsApiException();
        configMaps.delete(Bed.NS, "gw-a").throwsApiException();

        Events live = new Events();
        Watch<V1ConfigMap> liveWatch = configMaps.watch(Bed.NS, new ListOptions()
                .labelSelector("async=generic"));
        CompletableFuture<Void> liveDone = liveWatch.forEachAsync(live::add);
        Events dynamic = new Events();
        DynamicKubernetesApi dynamicApi = DynamicKubernetesApi.forKind("v1", "ConfigMap", client);
        Watch<DynamicKubernetesObject> dynamicWatch = get(dynamicApi.watchAsync(Bed.NS,
                new ListOptions().labelSelector("async=generic")));
        CompletableFuture<Void> dynamicDone = dynamicWatch.forEachAsync(dynamic::add);
        try {
            Bed.waitFor("the initial state", () -> live.state.containsKey("gw-b")
                    && dynamic.state.containsKey("gw-b"), 30);
            Bed.control("compact", "");
            Bed.control("restart-apiserver", "");
            configMaps.create(labelled("gw-c", "generic", "0")).throwsApiException();
            Bed.waitFor("the live watches to see gw-c after the restart",
                    () -> live.state.containsKey("gw-c") && dynamic.state.containsKey("gw-c"), 90);
            assertEquals(Set.of("gw-b", "gw-c"), live.state.keySet());
            assertEquals(Set.of("gw-b", "gw-c"), dynamic.state.keySet());
            assertTrue(live.seen.contains("ADDED gw-c"), live.seen.toString());

            // started at a compacted version: 410, relisted, the differences reported
            Events old = new Events();
            try (Watch<V1ConfigMap> fromStale = configMaps.watch(Bed.NS, selected.resourceVersion(stale))) {
                CompletableFuture<Void> oldDone = fromStale.forEachAsync(old::add);
                Bed.waitFor("the stale watch to mirror the server",
                        () -> old.state.keySet().equals(Set.of("gw-b", "gw-c")), 60);
                assertTrue(old.relisted.contains(Boolean.TRUE), old.seen.toString());
                assertFalse(old.state.containsKey("gw-a"));
                oldDone.cancel(true);
            }
            Map<String, String> server = new HashMap<>();
            for (V1ConfigMap cm : configMaps.list(Bed.NS, new ListOptions().labelSelector("async=generic"))
                    .throwsApiException().getObject().getItems()) {
                server.put(cm.getMetadata().getName(), cm.getMetadata().getResourceVersion());
            }
            assertEquals(server, live.state);
        } finally {
            liveDone.cancel(true);
            dynamicDone.cancel(true);
        }
        assertThrows(ApiException.class, () -> configMaps.watch(Bed.NS,
                new ListOptions().labelSelector("a in (")));
    }

    @Test
    void logsStreamThroughAFuture() throws Exception {
        ApiClient client = client();
        String pod = Bed.pod(client, "box");
        PodLogs logs = new PodLogs(client);
        LogsCluster.assertFollows(get(logs.streamNamespacedPodLogAsync(Bed.NS, pod, "main", null,
                null, false, false, true)), "async one", "async two");

        ApiException bad = assertInstanceOf(ApiException.class, failure(logs.streamNamespacedPodLogAsync(
                Bed.NS, pod, "nope", null, null, false, false, false)));
        assertEquals(400, bad.getCode());
    }

    @Test
    void execExitCodesAndStdinThroughFutures() throws Exception {
        ApiClient client = client();
        String pod = Bed.pod(client, "box");
        Exec exec = new Exec(client);
        Exec.ExecProcess p = get(exec.execAsync(Bed.NS, pod,
                new String[] {"sh", "-c", "echo out; echo err >&2; exit 3"}, null, false, false));
        int code = get(p.onExit().thenApply(Process::exitValue));
        assertEquals(3, code);
        assertEquals("out\n", ExecCluster.text(p.getInputStream()));
        assertEquals("err\n", ExecCluster.text(p.getErrorStream()));
        assertEquals("NonZeroExitCode", p.getStatus().getReason());

        Exec.ExecProcess cat = get(exec.newExecutionBuilder(Bed.NS, pod, new String[] {"cat"})
                .setStdin(true).executeAsync());
        assertEquals("v5.channel.k8s.io", cat.getProtocol());
        try (OutputStream in = cat.getOutputStream()) {
            in.write("through a future\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("through a future\n", ExecCluster.text(cat.getInputStream()));
        assertEquals(0, get(cat.onExit()).exitValue());

        ApiException missing = assertInstanceOf(ApiException.class, failure(exec.execAsync(Bed.NS,
                "missing", new String[] {"true"}, null, false, false)));
        assertEquals(404, missing.getCode());
    }

    @Test
    void attachThroughAFuture() throws Exception {
        ApiClient client = client();
        String pod = Bed.pod(client, "box");
        try (Attach.AttachResult r = get(new Attach(client).attachAsync(Bed.NS, pod, "main", false,
                false))) {
            ExecCluster.assertShowsAppendedLine(r, "async attach");
            assertTrue(r.getProcess().isAlive());
        }
    }

    @Test
    void portForwardOpensThroughAFuture() throws Exception {
        ApiClient client = client();
        String pod = Bed.pod(client, "box");
        HttpServer server = PortForwardCluster.target();
        try {
            try (PortForward.PortForwardResult r = get(new PortForward(client).forwardAsync(Bed.NS,
                    pod, List.of(8080, 9090)))) {
                assertEquals("hello from /async", PortForwardCluster.get(r, 8080, "/async"));
                assertEquals("hello from /second", PortForwardCluster.get(r, 9090, "/second"));
            }
            ApiException missing = assertInstanceOf(ApiException.class, failure(new PortForward(client)
                    .forwardAsync(Bed.NS, "missing", List.of(8080))));
            assertEquals(404, missing.getCode());
            assertThrows(IllegalArgumentException.class,
                    () -> new PortForward(client).forwardAsync(Bed.NS, pod, List.of(70000)));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void copyThroughFutures() throws Exception {
        ApiClient client = client();
        String pod = Bed.pod(client, "box");
        Path work = Files.createTempDirectory("kubesmith-copy-async-");
        Path src = work.resolve("src");
        Files.createDirectories(src.resolve("sub"));
        Files.writeString(src.resolve("sub").resolve("f.txt"), "in a directory\n");
        Copy copy = new Copy(client);
        assertEquals(0, get(copy.copyDirectoryFromPodAsync(Bed.NS, pod, "main", src.toString(),
                work.resolve("out"))));
        assertEquals("in a directory\n", Files.readString(work.resolve("out/sub/f.txt")));

        Path upload = work.resolve("upload.bin");
        byte[] bytes = new byte[70_000];
        new java.util.Random(5).nextBytes(bytes);
        Files.write(upload, bytes);
        assertEquals(0, get(copy.copyFileToPodAsync(Bed.NS, pod, "main", upload,
                work.resolve("arrived.bin"))));
        assertArrayEquals(bytes, Files.readAllBytes(work.resolve("arrived.bin")));

        Throwable missing = failure(copy.copyDirectoryFromPodAsync(Bed.NS, pod, "main",
                work.resolve("nope").toString(), work.resolve("out2")));
        assertInstanceOf(java.io.IOException.class, missing);
        assertTrue(missing.getMessage().contains("nope"), missing.getMessage());
    }

    /** The status subresource through the generic API, sync and async (nothing else writes it). */
    @Test
    void statusThroughTheGenericApiAndItsFutures() throws Exception {
        ApiClient client = client();
        GenericKubernetesApi<V1Service, V1ServiceList> services = new GenericKubernetesApi<>(
                V1Service.class, V1ServiceList.class, "", "v1", "services", client);
        services.create(new V1Service().metadata(new V1ObjectMeta().name("async-status")
                .namespace(Bed.NS)).spec(new V1ServiceSpec().ports(List.of(new V1ServicePort()
                        .port(80))))).throwsApiException();
        String condition = "{\"status\":{\"conditions\":[{\"type\":\"Checked\",\"status\":"
                + "\"True\",\"reason\":\"%s\",\"message\":\"m\",\"lastTransitionTime\":"
                + "\"2026-01-01T00:00:00Z\"}]}}";
        V1Service patched = services.patchStatus(Bed.NS, "async-status",
                V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, new V1Patch(String.format(condition, "Sync")),
                new PatchOptions()).throwsApiException().getObject();
        assertEquals("Sync", patched.getStatus().getConditions().get(0).getReason());
        patched = get(services.patchStatusAsync(Bed.NS, "async-status",
                V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, new V1Patch(String.format(condition, "Async")),
                new PatchOptions())).throwsApiException().getObject();
        assertEquals("Async", patched.getStatus().getConditions().get(0).getReason());

        patched.getStatus().getConditions().get(0).setReason("Updated");
        patched.getSpec().getPorts().get(0).setPort(81); // a status update ignores the spec
        V1Service updated = get(services.updateStatusAsync(patched, new UpdateOptions()))
                .throwsApiException().getObject();
        assertEquals("Updated", updated.getStatus().getConditions().get(0).getReason());
        assertEquals(80, updated.getSpec().getPorts().get(0).getPort());
        updated.getStatus().getConditions().get(0).setReason("UpdatedSync");
        assertEquals("UpdatedSync", services.updateStatus(updated).throwsApiException().getObject()
                .getStatus().getConditions().get(0).getReason());
    }
}
