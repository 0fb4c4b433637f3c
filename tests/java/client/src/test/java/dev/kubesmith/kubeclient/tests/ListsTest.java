package dev.kubesmith.kubeclient.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kubesmith.kubeclient.openapi.ApiClient;
import dev.kubesmith.kubeclient.openapi.ApiException;
import dev.kubesmith.kubeclient.openapi.apis.CoreV1Api;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMap;
import dev.kubesmith.kubeclient.openapi.models.V1ConfigMapList;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import dev.kubesmith.kubeclient.openapi.models.V1Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pagination (limit/continue), label and field selectors, deleteCollection. */
class ListsTest {
    static final int COUNT = 9;
    static ApiClient admin;
    static CoreV1Api core;
    static String ns;

    @BeforeAll
    static void setUp() throws Exception {
        admin = Cluster.admin();
        core = new CoreV1Api(admin);
        ns = Cluster.createNamespace(admin);
        for (int i = 0; i < COUNT; i++) {
            core.createNamespacedConfigMap(ns, new V1ConfigMap().metadata(new V1ObjectMeta()
                    .name(String.format("cm-%02d", i))
                    .putLabelsItem("parity", i % 2 == 0 ? "even" : "odd")
                    .putLabelsItem("tier", i < 3 ? "low" : "high"))).execute();
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        Cluster.deleteNamespace(admin, ns);
    }

    static Set<String> names(V1ConfigMapList list) {
        return list.getItems().stream().map(c -> c.getMetadata().getName())
                .filter(n -> n.startsWith("cm-")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void limitAndContinueWalkEveryObjectOnce() throws Exception {
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            V1ConfigMapList page = core.listNamespacedConfigMap(ns).limit(4)._continue(token)
                    .labelSelector("parity").execute();
            assertTrue(page.getItems().size() <= 4);
            page.getItems().forEach(c -> seen.add(c.getMetadata().getName()));
            token = page.getMetadata().getContinue();
            pages++;
        } while (token != null && !token.isEmpty());
        assertEquals(3, pages);
        assertEquals(COUNT, seen.size());
        assertEquals(COUNT, new TreeSet<>(seen).size(), "no object twice");
    }

    @Test
    void legacyPositionalPagination() throws Exception {
        // every configmap of the namespace: ours and kube-root-ca.crt
        V1ConfigMapList first = core.listNamespacedConfigMap(ns, null, null, null, null, null, 5, null,
                null, null, null, null, null);
        assertEquals(5, first.getItems().size());
        assertEquals(COUNT + 1 - 5, first.getMetadata().getRemainingItemCount());
        V1ConfigMapList rest = core.listNamespacedConfigMap(ns, null, null, first.getMetadata().getContinue(),
                null, null, 5, null, null, null, null, null, null);
        assertEquals(COUNT + 1 - 5, rest.getItems().size());
        assertTrue(rest.getItems().stream().anyMatch(c -> c.getMetadata().getName().equals("kube-root-ca.crt")));
    }

    @Test
    void badContinueTokenIsABadRequest() {
        ApiException e = assertThrows(ApiException.class,
                () -> core.listNamespacedConfigMap(ns).limit(2)._continue("not-a-token").execute());
        assertEquals(400, e.getCode());
        assertTrue(e.getMessage().contains("continue"), e.getMessage());
    }

    @Test
    void labelSelectors() throws Exception {
        assertEquals(Set.of("cm-00", "cm-02", "cm-04", "cm-06", "cm-08"),
                names(core.listNamespacedConfigMap(ns).labelSelector("parity=even").execute()));
        assertEquals(Set.of("cm-01"),
                names(core.listNamespacedConfigMap(ns).labelSelector("parity!=even,tier in (low)").execute()));
        assertEquals(Set.of("cm-00", "cm-02"),
                names(core.listNamespacedConfigMap(ns).labelSelector("tier=low,parity notin (odd)").execute()));
        assertEquals(Set.of(), names(core.listNamespacedConfigMap(ns).labelSelector("nothing").execute()));
    }

    @Test
    void fieldSelectors() throws Exception {
        assertEquals(Set.of("cm-03"),
                names(core.listNamespacedConfigMap(ns).fieldSelector("metadata.name=cm-03").execute()));
        assertEquals(COUNT - 1, names(core.listNamespacedConfigMap(ns)
                .fieldSelector("metadata.name!=cm-03").execute()).size());
        ApiException e = assertThrows(ApiException.class,
                () -> core.listNamespacedConfigMap(ns).fieldSelector("data.x=1").execute());
        assertEquals(400, e.getCode());
    }

    @Test
    void deleteCollection() throws Exception {
        String other = Cluster.createNamespace(admin);
        try {
            for (int i = 0; i < 4; i++) {
                core.createNamespacedConfigMap(other, new V1ConfigMap().metadata(new V1ObjectMeta()
                        .name("d-" + i).putLabelsItem("doomed", i < 3 ? "yes" : "no"))).execute();
            }
            Object result = core.deleteCollectionNamespacedConfigMap(other).labelSelector("doomed=yes").execute();
            assertTrue(result instanceof V1Status || result instanceof V1ConfigMapList, String.valueOf(result));
            Set<String> left = Cluster.waitUntil("the collection to be deleted", () -> {
                Set<String> names = core.listNamespacedConfigMap(other).labelSelector("doomed").execute()
                        .getItems().stream().map(c -> c.getMetadata().getName()).collect(Collectors.toSet());
                return names.size() == 1 ? names : null;
            }, Duration.ofSeconds(30));
            assertEquals(Set.of("d-3"), left);
        } finally {
            Cluster.deleteNamespace(admin, other);
        }
    }
}
