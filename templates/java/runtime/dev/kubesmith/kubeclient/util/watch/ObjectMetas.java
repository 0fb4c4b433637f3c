package dev.kubesmith.kubeclient.util.watch;

import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ObjectMeta of any object a watch or an informer holds: a generated model (through its
 * {@code getMetadata()}, looked up once per class) or a free-form {@code Map} (dynamic
 * clients). Models share no interface, so this is where "has metadata" is decided.
 */
public final class ObjectMetas {
    private static final Map<Class<?>, MethodHandle> GETTERS = new ConcurrentHashMap<>();
    private static final MethodHandle NONE = MethodHandles.constant(Object.class, null);

    private ObjectMetas() {}

    /** The object's metadata, or null when it has none. */
    public static V1ObjectMeta meta(Object obj) {
        if (obj == null || obj instanceof Map) {
            return null;
        }
        MethodHandle getter = GETTERS.computeIfAbsent(obj.getClass(), ObjectMetas::getter);
        if (getter == NONE) {
            return null;
        }
        try {
            return (V1ObjectMeta) getter.invoke(obj);
        } catch (Throwable e) {
            throw new IllegalStateException("getMetadata() of " + obj.getClass().getName(), e);
        }
    }

    private static MethodHandle getter(Class<?> type) {
        try {
            return MethodHandles.publicLookup().findVirtual(type, "getMetadata",
                    MethodType.methodType(V1ObjectMeta.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return NONE;
        }
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
