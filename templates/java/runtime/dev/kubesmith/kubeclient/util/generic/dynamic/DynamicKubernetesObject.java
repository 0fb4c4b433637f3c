package dev.kubesmith.kubeclient.util.generic.dynamic;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.JSON;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.models.V1ObjectMeta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object of any kind, untyped (client-java's class, over a {@code Map} instead of Gson's
 * JsonObject): the raw JSON tree, with typed access to apiVersion, kind and metadata.
 * Fields this client does not know are kept and sent back as they were.
 */
public class DynamicKubernetesObject implements KubernetesObject {
    /** Reads and writes the whole tree. */
    public static final Codec<DynamicKubernetesObject> CODEC = new Codec<>() {
        @Override
        public DynamicKubernetesObject read(JsonParser p) throws IOException {
            Object tree = Codecs.ANY.read(p);
            if (!(tree instanceof Map)) {
                throw Codecs.mismatch(p, "an object");
            }
            return new DynamicKubernetesObject(cast(tree));
        }

        @Override
        public void write(JsonGenerator g, DynamicKubernetesObject value) throws IOException {
            Codecs.ANY.write(g, value.raw);
        }
    };

    private final Map<String, Object> raw;

    public DynamicKubernetesObject() {
        this(new LinkedHashMap<>());
    }

    public DynamicKubernetesObject(Map<String, Object> raw) {
        this.raw = raw;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object tree) {
        return (Map<String, Object>) tree;
    }

    /** The JSON tree (maps, lists, strings, numbers, booleans); changes are sent as they are. */
    public Map<String, Object> getRaw() {
        return raw;
    }

    @Override
    public String getApiVersion() {
        Object v = raw.get("apiVersion");
        return v == null ? null : v.toString();
    }

    public void setApiVersion(String apiVersion) {
        raw.put("apiVersion", apiVersion);
    }

    @Override
    public String getKind() {
        Object v = raw.get("kind");
        return v == null ? null : v.toString();
    }

    public void setKind(String kind) {
        raw.put("kind", kind);
    }

    /** The metadata as a typed V1ObjectMeta (a copy: use setMetadata to change it). */
    @Override
    public V1ObjectMeta getMetadata() {
        Object meta = raw.get("metadata");
        return meta == null ? null : convert(meta, V1ObjectMeta.class);
    }

    public void setMetadata(V1ObjectMeta metadata) {
        raw.put("metadata", metadata == null ? null : convert(metadata, Object.class));
    }

    /** A top-level field of the tree (spec, status, data ...). */
    public Object get(String field) {
        return raw.get(field);
    }

    public DynamicKubernetesObject put(String field, Object value) {
        raw.put(field, value);
        return this;
    }

    /** The object as a typed model (e.g. {@code V1ConfigMap.class}). */
    public <T> T as(Class<T> type) {
        return convert(raw, type);
    }

    /** A typed model as a dynamic object. */
    public static DynamicKubernetesObject of(Object model) {
        return new DynamicKubernetesObject(cast(convert(model, Object.class)));
    }

    static <T> T convert(Object value, Class<T> type) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JSON().serialize(value, bytes);
        try (JsonParser p = JSON.FACTORY.createParser(bytes.toByteArray())) {
            p.nextToken();
            return Codecs.forClass(type).read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DynamicKubernetesObject && raw.equals(((DynamicKubernetesObject) o).raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }

    @Override
    public String toString() {
        // no field values: a Secret's data must not reach a log through toString()
        V1ObjectMeta meta = getMetadata();
        return "DynamicKubernetesObject{" + getApiVersion() + "/" + getKind() + " "
                + (meta == null ? "" : (meta.getNamespace() == null ? "" : meta.getNamespace() + "/")
                        + meta.getName()) + "}";
    }
}
