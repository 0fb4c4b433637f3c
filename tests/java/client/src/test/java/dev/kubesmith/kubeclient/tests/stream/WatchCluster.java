package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.util.TypeToken;
import dev.kubesmith.kubeclient.util.Watch;
import dev.kubesmith.kubeclient.util.informer.SharedIndexInformer;
import dev.kubesmith.kubeclient.util.informer.SharedInformerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Watches on the testbed: order, bookmarks, timeouts, close, restart and compaction. */
class WatchCluster {
    /** Mirrors the server from a watch's events, in a thread. */
    static final class Collector implements AutoCloseable {
        final List<String> events = new ArrayList<>();
        final Map<String, String> state = new HashMap<>();
        final List<Boolean> relisted = new ArrayList<>();
        volatile Throwable error;
        private final Watch<V1ConfigMap> watch;
        private final Thread thread;

        Collector(Watch<V1ConfigMap> watch) {
            this.watch = watch;
            this.thread = new Thread(() -> {
                try {
                    for (Watch.Response<V1ConfigMap> e : watch) {
                        String name = e.object.getMetadata().getName();
                        synchronized (this) {
                            events.add(e.type + " " + name + " " + e.object.getMetadata().getResourceVersion());
                            relisted.add(e.isFromRelist());
                            if ("DELETED".equals(e.type)) {
                                state.remove(name);
                            } else {
                                state.put(name, e.object.getMetadata().getResourceVersion());
                            }
                        }
                    }
                } catch (Throwable t) {
                    error = t;
                }
            });
            thread.start();
        }

        synchronized int size() {
            return events.size();
        }

        synchronized Map<String, String> snapshot() {
            return new HashMap<>(state);
        }

        @Override
        public void close() throws java.io.IOException {
            watch.close();
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted");
            }
            assertFalse(thread.isAlive(), "the watch thread ended after close()");
            if (error != null) {
                throw new AssertionError("the watch failed", error);
            }
        }
    }

    static Map<String, String> serverState(CoreV1Api api) throws ApiException {
        Map<String, String> state = new HashMap<>();
        for (V1ConfigMap cm : api.listNamespacedConfigMap(Bed.NS).execute().getItems()) {
            state.put(cm.getMetadata().getName(), cm.getMetadata().getResourceVersion());
        }
        return state;
    }

    static Watch<V1ConfigMap> watchFrom(ApiClient client, String rv) throws ApiException {
        CoreV1Api api = new CoreV1Api(client);
        return Watch.createWatch(client,
                api.listNamespacedConfigMap(Bed.NS).resourceVersion(rv).watch(true).buildCall(null),
                new TypeToken<Watch.Response<V1ConfigMap>>() {}.getType());
    }

    @Test
    void thousandChangesInOrderAcrossAnApiServerRestart() throws Exception {
        ApiClient client = Bed.client();
        CoreV1Api api = new CoreV1Api(client);
        String start = api.listNamespacedConfigMap(Bed.NS).execute().getMetadata().getResourceVersion();
        List<String> expected = new ArrayList<>();
        try (Collector c = new Collector(watchFrom(client, start))) {
            for (int i = 0; expected.size() < 1000; i++) {
                if (expected.size() == 500) {
                    Bed.waitFor("the first 500 events", () -> c.size() >= 500, 120);
                    Bed.control("restart-apiserver", ""); // the watch resumes by itself
                }
                String name = "order-" + i;
                api.createNamespacedConfigMap(Bed.NS, Bed.configMap(name, "0")).execute();
                expected.add("ADDED " + name);
                if (expected.size() < 1000) {
                    api.replaceNamespacedConfigMap(name, Bed.NS, Bed.configMap(name, "1")).execute();
                    expected.add("MODIFIED " + name);
                }
                if (expected.size() < 1000) {
                    api.deleteNamespacedConfigMap(name, Bed.NS).execute();
                    expected.add("DELETED " + name);
                }
            }
            Bed.waitFor("1000 events", () -> c.size() >= 1000, 180);
            synchronized (c) {
                List<String> got = new ArrayList<>();
                long last = 0;
                for (String e : c.events) {
                    String[] parts = e.split(" ");
                    got.add(parts[0] + " " + parts[1]);
                    long rv = Long.parseLong(parts[2]);
                    assertTrue(rv > last || parts[0].equals("DELETED"), "in order: " + e);
                    last = Math.max(last, rv);
                }
                assertEquals(expected, got);
            }
        }
    }

    @Test
    void bookmarksAdvanceTheVersionAndAreReturnedOnlyWhenAskedFor() throws Exception {
        ApiClient client = Bed.client();
        CoreV1Api api = new CoreV1Api(client);
        String name = "bm-" + System.nanoTime();
        api.createNamespacedConfigMap(Bed.NS, Bed.configMap(name, "x")).execute();
        // a streaming list ends its initial events with a bookmark
        try (Watch<V1ConfigMap> w = Watch.createWatch(client, api.listNamespacedConfigMap(Bed.NS)
                .fieldSelector("metadata.name=" + name).watch(true).sendInitialEvents(true)
                .resourceVersionMatch("NotOlderThan").allowWatchBookmarks(true).timeoutSeconds(3)
                .buildCall(null), V1ConfigMap.class)) {
            List<String> types = new ArrayList<>();
            for (Watch.Response<V1ConfigMap> e : w) {
                types.add(e.type);
                if ("BOOKMARK".equals(e.type)) {
                    assertEquals("true", e.object.getMetadata().getAnnotations()
                            .get("k8s.io/initial-events-end"));
                    break;
                }
            }
            assertEquals(List.of("ADDED", "BOOKMARK"), types);
            assertTrue(Long.parseLong(w.getResourceVersion()) >= Long.parseLong(
                    api.readNamespacedConfigMap(name, Bed.NS).execute().getMetadata().getResourceVersion()));
        }
        try (Watch<V1ConfigMap> w = Watch.createWatch(client, api.listNamespacedConfigMap(Bed.NS)
                .fieldSelector("metadata.name=" + name).watch(true).sendInitialEvents(true)
                .resourceVersionMatch("NotOlderThan").timeoutSeconds(2).buildCall(null),
                V1ConfigMap.class)) {
            List<String> types = new ArrayList<>();
            w.forEach(e -> types.add(e.type));
            assertEquals(List.of("ADDED"), types);
            assertTrue(w.getResourceVersion() != null);
        }
    }

    @Test
    void timeoutSecondsEndsTheWatchAndCloseEndsItFromAnotherThread() throws Exception {
        ApiClient client = Bed.client();
        CoreV1Api api = new CoreV1Api(client);
        long started = System.nanoTime();
        int n = 0;
        try (Watch<V1ConfigMap> w = Watch.createWatch(client, api.listNamespacedConfigMap(Bed.NS)
                .fieldSelector("metadata.name=kube-root-ca.crt").watch(true).timeoutSeconds(2)
                .buildCall(null), V1ConfigMap.class)) {
            for (Watch.Response<V1ConfigMap> e : w) {
                assertEquals("ADDED", e.type);
                n++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(1, n);
        // the server ends it (when exactly is the server's: a loaded CI machine saw 1.2 s);
        // what matters is that the iteration ends by itself instead of resuming
        assertTrue(seconds < 10, "ended after " + seconds + " s");

        Watch<V1ConfigMap> quiet = watchFrom(client, null);
        new Thread(() -> {
            try {
                Thread.sleep(1000);
                quiet.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).start();
        started = System.nanoTime();
        List<String> seen = new ArrayList<>();
        quiet.forEach(e -> seen.add(e.type));
        assertTrue((System.nanoTime() - started) / 1e9 < 10);
        assertFalse(quiet.hasNext());
    }

    @Test
    void aRefusedWatchThrowsAtOnce() throws Exception {
        ApiClient client = Bed.client();
        ApiException e = assertThrows(ApiException.class, () -> Watch.createWatch(client,
                new CoreV1Api(client).listNamespacedConfigMap(Bed.NS).labelSelector("a in (")
                        .watch(true).buildCall(null), V1ConfigMap.class));
        assertEquals(400, e.getCode());
    }

    @Test
    void compactionAndRestartRelistAndReportTheDifferences() throws Exception {
        ApiClient client = Bed.client();
        CoreV1Api api = new CoreV1Api(client);
        for (String n : List.of("cmp-a", "cmp-b")) {
            api.createNamespacedConfigMap(Bed.NS, Bed.configMap(n, "0")).execute();
        }
        SharedInformerFactory factory = new SharedInformerFactory(client);
        SharedIndexInformer<V1ConfigMap> informer = InformerCluster.informer(factory, api, 0);
        InformerCluster.Recorder rec = new InformerCluster.Recorder();
        informer.addEventHandler(rec);
        factory.startAllRegisteredInformers();
        try (Collector live = new Collector(watchFrom(client, null))) {
            Bed.waitFor("the informer to sync", informer::hasSynced, 30);
            Bed.waitFor("the live watch's initial state",
                    () -> live.snapshot().keySet().containsAll(List.of("cmp-a", "cmp-b")), 30);
            String stale = api.listNamespacedConfigMap(Bed.NS).execute().getMetadata().getResourceVersion();
            api.deleteNamespacedConfigMap("cmp-a", Bed.NS).execute();
            api.replaceNamespacedConfigMap("cmp-b", Bed.NS, Bed.configMap("cmp-b", "1")).execute();
            api.createNamespacedConfigMap(Bed.NS, Bed.configMap("cmp-c", "0")).execute();
            Bed.control("compact", "");
            Bed.control("restart-apiserver", "");
            api.createNamespacedConfigMap(Bed.NS, Bed.configMap("cmp-d", "0")).execute();
            // a watch from the compacted version relists instead of failing
            try (Collector fromStale = new Collector(watchFrom(client, stale))) {
                Bed.waitFor("the stale watch to mirror the server",
                        () -> {
                            try {
                                return fromStale.snapshot().equals(serverState(api));
                            } catch (ApiException e) {
                                return false;
                            }
                        }, 90);
                synchronized (fromStale) {
                    assertTrue(fromStale.relisted.contains(Boolean.TRUE), "relisted after 410");
                }
            }
            Bed.waitFor("the live watch to mirror the server", () -> {
                try {
                    return live.snapshot().equals(serverState(api));
                } catch (ApiException e) {
                    return false;
                }
            }, 90);
            Bed.waitFor("the informer's cache to equal the server", () -> {
                try {
                    return InformerCluster.cacheState(informer).equals(serverState(api));
                } catch (ApiException e) {
                    return false;
                }
            }, 90);
            List<String> a = rec.of("cmp-a");
            assertTrue(a.get(a.size() - 1).startsWith("delete"), a.toString());
            assertEquals(List.of("add"), rec.of("cmp-d"));
        } finally {
            factory.stopAllRegisteredInformers();
        }
    }

    /** The official call style still works: the list call's own return type is not needed. */
    @Test
    void aWatchTypedByItsListCallDecodesItems() throws Exception {
        ApiClient client = Bed.client();
        CoreV1Api api = new CoreV1Api(client);
        V1ConfigMapList list = api.listNamespacedConfigMap(Bed.NS).execute();
        try (Watch<V1ConfigMap> w = Watch.createWatch(client, api.listNamespacedConfigMap(Bed.NS)
                .watch(true).timeoutSeconds(1).buildCall(null),
                new TypeToken<Watch.Response<V1ConfigMap>>() {}.getType())) {
            int n = 0;
            for (Watch.Response<V1ConfigMap> e : w) {
                assertTrue(e.object instanceof V1ConfigMap);
                n++;
            }
            assertTrue(n >= list.getItems().size() - 5);
        }
    }
}
