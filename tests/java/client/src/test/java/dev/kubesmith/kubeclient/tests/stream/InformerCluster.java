package dev.kubesmith.kubeclient.tests.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.util.informer.ResourceEventHandler;
import dev.kubesmith.kubeclient.util.informer.SharedIndexInformer;
import dev.kubesmith.kubeclient.util.informer.SharedInformerFactory;
import dev.kubesmith.kubeclient.util.informer.cache.Lister;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Informers on the testbed: sync, handlers, lister and indexes, resync, recovery. */
class InformerCluster {
    /** Records handler calls as "add name", "update name", "delete name unknown?". */
    static final class Recorder implements ResourceEventHandler<V1ConfigMap> {
        final List<String> calls = new ArrayList<>();

        @Override
        public synchronized void onAdd(V1ConfigMap obj) {
            calls.add("add " + obj.getMetadata().getName());
        }

        @Override
        public synchronized void onUpdate(V1ConfigMap oldObj, V1ConfigMap newObj) {
            assertEquals(oldObj.getMetadata().getName(), newObj.getMetadata().getName());
            calls.add("update " + newObj.getMetadata().getName());
        }

        @Override
        public synchronized void onDelete(V1ConfigMap obj, boolean deletedFinalStateUnknown) {
            calls.add("delete " + obj.getMetadata().getName()
                    + (deletedFinalStateUnknown ? " unknown" : ""));
        }

        synchronized List<String> of(String name) {
            List<String> kinds = new ArrayList<>();
            for (String c : calls) {
                String[] parts = c.split(" ");
                if (parts[1].equals(name)) {
                    kinds.add(parts.length > 2 ? parts[0] + " " + parts[2] : parts[0]);
                }
            }
            return kinds;
        }
    }

    static SharedIndexInformer<V1ConfigMap> informer(SharedInformerFactory factory,
            CoreV1Api api, long resync) {
        return factory.sharedIndexInformerFor(params -> api.listNamespacedConfigMap(Bed.NS)
                .resourceVersion(params.resourceVersion).watch(params.watch)
                .timeoutSeconds(params.timeoutSeconds).buildCall(null),
                V1ConfigMap.class, V1ConfigMapList.class, resync);
    }

    static Map<String, String> cacheState(SharedIndexInformer<V1ConfigMap> informer) {
        Map<String, String> state = new HashMap<>();
        for (V1ConfigMap cm : informer.getIndexer().list()) {
            state.put(cm.getMetadata().getName(), cm.getMetadata().getResourceVersion());
        }
        return state;
    }

    @Test
    void syncsAndReportsAddUpdateDeleteWithListerAndIndexes() throws Exception {
        ApiClient client = Bed.client();
        CoreV1Api api = new CoreV1Api(client);
        api.createNamespacedConfigMap(Bed.NS, Bed.configMap("inf-a", "0")).execute();
        SharedInformerFactory factory = new SharedInformerFactory(client);
        SharedIndexInformer<V1ConfigMap> informer = informer(factory, api, 0);
        informer.addIndexers(Map.of("value", cm -> cm.getData() == null
                || !cm.getData().containsKey("k") ? List.of() : List.of(cm.getData().get("k"))));
        Recorder rec = new Recorder();
        informer.addEventHandler(rec);
        factory.startAllRegisteredInformers();
        try {
            Bed.waitFor("the informer to sync", informer::hasSynced, 30);
            Lister<V1ConfigMap> lister = new Lister<>(informer.getIndexer()).namespace(Bed.NS);
            assertEquals("0", lister.get("inf-a").getData().get("k"));
            api.createNamespacedConfigMap(Bed.NS, Bed.configMap("inf-b", "1")).execute();
            api.replaceNamespacedConfigMap("inf-a", Bed.NS, Bed.configMap("inf-a", "1")).execute();
            api.deleteNamespacedConfigMap("inf-b", Bed.NS).execute();
            Bed.waitFor("the handler calls", () -> rec.of("inf-b").size() == 2
                    && rec.of("inf-a").size() == 2, 30);
            assertEquals(List.of("add", "update"), rec.of("inf-a"));
            assertEquals(List.of("add", "delete"), rec.of("inf-b"));
            assertNull(lister.get("inf-b"));
            assertEquals(1, informer.getIndexer().byIndex("value", "1").size());
            assertTrue(lister.list().size() >= 2); // inf-a and kube-root-ca.crt
            // a handler added later hears about what the cache holds
            Recorder late = new Recorder();
            informer.addEventHandler(late);
            Bed.waitFor("the late handler's adds", () -> late.of("inf-a").equals(List.of("add")), 10);
            assertTrue(informer.lastSyncResourceVersion() != null);
        } finally {
            factory.stopAllRegisteredInformers();
        }
    }

    @Test
    void resyncCallsUpdateForEveryObject() throws Exception {
        ApiClient client = Bed.client();
        CoreV1Api api = new CoreV1Api(client);
        api.createNamespacedConfigMap(Bed.NS, Bed.configMap("inf-resync", "0")).execute();
        SharedInformerFactory factory = new SharedInformerFactory(client);
        SharedIndexInformer<V1ConfigMap> informer = informer(factory, api, 300);
        Recorder rec = new Recorder();
        informer.addEventHandler(rec);
        factory.startAllRegisteredInformers();
        try {
            Bed.waitFor("two resyncs", () -> rec.of("inf-resync").size() >= 3, 30);
            assertEquals(List.of("add", "update", "update"), rec.of("inf-resync").subList(0, 3));
        } finally {
            factory.stopAllRegisteredInformers();
        }
    }
}
