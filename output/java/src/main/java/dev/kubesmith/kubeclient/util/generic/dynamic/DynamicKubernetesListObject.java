package dev.kubesmith.kubeclient.util.generic.dynamic;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.kubesmith.kubeclient.common.KubernetesListObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.models.V1ListMeta;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A list of any kind, untyped: its items as {@link DynamicKubernetesObject}s. */
public class DynamicKubernetesListObject implements KubernetesListObject {
    public static final Codec<DynamicKubernetesListObject> CODEC = new Codec<>() {
        @Override
        public DynamicKubernetesListObject read(JsonParser p) throws IOException {
            Object tree = Codecs.ANY.read(p);
            if (!(tree instanceof Map)) {
                throw Codecs.mismatch(p, "an object");
            }
            return new DynamicKubernetesListObject(DynamicKubernetesObject.cast(tree));
        }

        @Override
        public void write(JsonGenerator g, DynamicKubernetesListObject value) throws IOException {
            Codecs.ANY.write(g, value.raw);
        }
    };

    private final Map<String, Object> raw;
    private final List<DynamicKubernetesObject> items = new ArrayList<>();

    public DynamicKubernetesListObject() {
        this(new LinkedHashMap<>());
    }

    public DynamicKubernetesListObject(Map<String, Object> raw) {
        this.raw = raw;
        Object list = raw.get("items");
        if (list instanceof List) {
            for (Object item : (List<?>) list) {
                if (item instanceof Map) {
                    items.add(new DynamicKubernetesObject(DynamicKubernetesObject.cast(item)));
                }
            }
        }
    }

    public Map<String, Object> getRaw() {
        return raw;
    }

    @Override
    public String getApiVersion() {
        Object v = raw.get("apiVersion");
        return v == null ? null : v.toString();
    }

    @Override
    public String getKind() {
        Object v = raw.get("kind");
        return v == null ? null : v.toString();
    }

    @Override
    public V1ListMeta getMetadata() {
        Object meta = raw.get("metadata");
        return meta == null ? null : DynamicKubernetesObject.convert(meta, V1ListMeta.class);
    }

    /** The items; they share their trees with this list. */
    @Override
    public List<DynamicKubernetesObject> getItems() {
        return items;
    }

    @Override
    public String toString() {
        return "DynamicKubernetesListObject{" + getKind() + ", " + items.size() + " items}";
    }
}
