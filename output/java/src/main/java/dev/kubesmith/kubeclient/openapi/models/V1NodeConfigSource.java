package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * NodeConfigSource specifies a source of node configuration. Exactly one subfield (excluding
 * metadata) must be non-nil. This API is deprecated since 1.22
 */
public class V1NodeConfigSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "configMap");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeConfigSource> CODEC = new Codec<V1NodeConfigSource>() {
    @Override
    public V1NodeConfigSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeConfigSource)");
      }
      V1NodeConfigSource o = new V1NodeConfigSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.configMap = V1ConfigMapNodeConfigSource.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeConfigSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.configMap != null) {
        g.writeFieldName("configMap");
        V1ConfigMapNodeConfigSource.CODEC.write(g, o.configMap);
      }
      g.writeEndObject();
    }
  };

  private V1ConfigMapNodeConfigSource configMap;

  public V1NodeConfigSource configMap(V1ConfigMapNodeConfigSource configMap) {
    this.configMap = configMap;
    return this;
  }

  /**
   * ConfigMap is a reference to a Node's ConfigMap
   *
   * @return configMap
   */
  public V1ConfigMapNodeConfigSource getConfigMap() {
    return configMap;
  }

  public void setConfigMap(V1ConfigMapNodeConfigSource configMap) {
    this.configMap = configMap;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeConfigSource that = (V1NodeConfigSource) other;
    return Objects.equals(configMap, that.configMap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(configMap);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeConfigSource {\n");
    sb.append("    configMap: ").append(String.valueOf(configMap).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
