package dev.kubesmith.kubeclient.util.watch;

import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import java.util.Map;

/**
 * The ObjectMeta of any object a watch or an informer holds: a generated kind (every kind,
 * CRD kinds and {@code DynamicKubernetesObject} included, implements
 * {@link KubernetesObject}) or a free-form {@code Map} (a watch decoding to Object).
 */
public final class ObjectMetas {
    private ObjectMetas() {}

    /** The object's metadata, or null when it has none (or is not a KubernetesObject). */
    public static V1ObjectMeta meta(Object obj) {
        return obj instanceof KubernetesObject ? ((KubernetesObject) obj).getMetadata() : null;
    }

    /** {@code metadata} of a free-form object, or an empty map. */
    private static Map<?, ?> rawMeta(Object obj) {
        if (obj instanceof Map) {
            Object meta = ((Map<?, ?>) obj).get("metadata");
            if (meta instanceof Map) {
                return (Map<?, ?>) meta;
            }
        }
        return Map.of();
    }

    /** {@code namespace/name}, or {@code name} for a cluster-scoped object (client-go's key). */
    public static String key(Object obj) {
        V1ObjectMeta meta = meta(obj);
        String namespace;
        String name;
        if (meta != null) {
            namespace = meta.getNamespace();
            name = meta.getName();
        } else {
            Map<?, ?> raw = rawMeta(obj);
            namespace = raw.get("namespace") == null ? null : String.valueOf(raw.get("namespace"));
            name = raw.get("name") == null ? null : String.valueOf(raw.get("name"));
        }
        name = name == null ? "" : name;
        return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
    }

    /** {@code metadata.resourceVersion}, or null. */
    public static String resourceVersion(Object obj) {
        V1ObjectMeta meta = meta(obj);
        if (meta != null) {
            String rv = meta.getResourceVersion();
            return rv == null || rv.isEmpty() ? null : rv;
        }
        Object rv = rawMeta(obj).get("resourceVersion");
        return rv == null || String.valueOf(rv).isEmpty() ? null : String.valueOf(rv);
    }

    /** {@code metadata.annotations[name]}, or null. */
    public static String annotation(Object obj, String name) {
        V1ObjectMeta meta = meta(obj);
        if (meta != null) {
            return meta.getAnnotations() == null ? null : meta.getAnnotations().get(name);
        }
        Object annotations = rawMeta(obj).get("annotations");
        if (annotations instanceof Map) {
            Object value = ((Map<?, ?>) annotations).get(name);
            return value == null ? null : String.valueOf(value);
        }
        return null;
    }
}
