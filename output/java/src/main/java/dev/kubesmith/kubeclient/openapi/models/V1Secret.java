package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Secret holds secret data of a certain type. The total bytes of the values in the Data field
 * must be less than MaxSecretSize bytes.
 */
public class V1Secret implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "data",
      "immutable",
      "kind",
      "metadata",
      "stringData",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Secret> CODEC = new Codec<V1Secret>() {
    @Override
    public V1Secret read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Secret)");
      }
      V1Secret o = new V1Secret();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.data = Codecs.mapOf(Codecs.BYTES).read(p);
            break;
          case 2:
            o.immutable = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.kind = Codecs.STRING.read(p);
            break;
          case 4:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 5:
            o.stringData = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 6:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Secret o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.data != null) {
        g.writeFieldName("data");
        Codecs.mapOf(Codecs.BYTES).write(g, o.data);
      }
      if (o.immutable != null) {
        g.writeFieldName("immutable");
        Codecs.BOOLEAN.write(g, o.immutable);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.stringData != null) {
        g.writeFieldName("stringData");
        Codecs.mapOf(Codecs.STRING).write(g, o.stringData);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private Map<String, byte[]> data;

  private Boolean immutable;

  private String kind;

  private V1ObjectMeta metadata;

  private Map<String, String> stringData;

  private String type;

  public V1Secret apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1Secret data(Map<String, byte[]> data) {
    this.data = data;
    return this;
  }

  public V1Secret putDataItem(String key, byte[] item) {
    if (this.data == null) {
      this.data = new LinkedHashMap<>();
    }
    this.data.put(key, item);
    return this;
  }

  /**
   * Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or
   * '.'. The serialized form of the secret data is a base64 encoded string, representing the
   * arbitrary (possibly non-string) data value here. Described in
   * https://tools.ietf.org/html/rfc4648#section-4
   *
   * @return data
   */
  public Map<String, byte[]> getData() {
    return data;
  }

  public void setData(Map<String, byte[]> data) {
    this.data = data;
  }

  public V1Secret immutable(Boolean immutable) {
    this.immutable = immutable;
    return this;
  }

  /**
   * Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only
   * object metadata can be modified). If not set to true, the field can be modified at any time.
   * Defaulted to nil.
   *
   * @return immutable
   */
  public Boolean getImmutable() {
    return immutable;
  }

  public void setImmutable(Boolean immutable) {
    this.immutable = immutable;
  }

  public V1Secret kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1Secret metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * Standard object's metadata. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1Secret stringData(Map<String, String> stringData) {
    this.stringData = stringData;
    return this;
  }

  public V1Secret putStringDataItem(String key, String item) {
    if (this.stringData == null) {
      this.stringData = new LinkedHashMap<>();
    }
    this.stringData.put(key, item);
    return this;
  }

  /**
   * stringData allows specifying non-binary secret data in string form. It is provided as a
   * write-only input field for convenience. All keys and values are merged into the data field
   * on write, overwriting any existing values. The stringData field is never output when reading
   * from the API.
   *
   * @return stringData
   */
  public Map<String, String> getStringData() {
    return stringData;
  }

  public void setStringData(Map<String, String> stringData) {
    this.stringData = stringData;
  }

  public V1Secret type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Used to facilitate programmatic handling of secret data. More info:
   * https://kubernetes.io/docs/concepts/configuration/secret/#secret-types
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Secret that = (V1Secret) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(data, that.data)
        && Objects.equals(immutable, that.immutable)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(stringData, that.stringData)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, data, immutable, kind, metadata, stringData, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Secret {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    data: ").append((data == null ? "null" : "<redacted>")).append('\n');
    sb.append("    immutable: ").append(immutable).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    stringData: ").append((stringData == null ? "null" : "<redacted>")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
