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
 * ConfigMap holds configuration data for pods to consume.
 */
public class V1ConfigMap implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "binaryData",
      "data",
      "immutable",
      "kind",
      "metadata");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ConfigMap> CODEC = new Codec<V1ConfigMap>() {
    @Override
    public V1ConfigMap read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ConfigMap)");
      }
      V1ConfigMap o = new V1ConfigMap();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.binaryData = Codecs.mapOf(Codecs.BYTES).read(p);
            break;
          case 2:
            o.data = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.immutable = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.kind = Codecs.STRING.read(p);
            break;
          case 5:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ConfigMap o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.binaryData != null) {
        g.writeFieldName("binaryData");
        Codecs.mapOf(Codecs.BYTES).write(g, o.binaryData);
      }
      if (o.data != null) {
        g.writeFieldName("data");
        Codecs.mapOf(Codecs.STRING).write(g, o.data);
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
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private Map<String, byte[]> binaryData;

  private Map<String, String> data;

  private Boolean immutable;

  private String kind;

  private V1ObjectMeta metadata;

  public V1ConfigMap apiVersion(String apiVersion) {
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

  public V1ConfigMap binaryData(Map<String, byte[]> binaryData) {
    this.binaryData = binaryData;
    return this;
  }

  public V1ConfigMap putBinaryDataItem(String key, byte[] item) {
    if (this.binaryData == null) {
      this.binaryData = new LinkedHashMap<>();
    }
    this.binaryData.put(key, item);
    return this;
  }

  /**
   * BinaryData contains the binary data. Each key must consist of alphanumeric characters, '-',
   * '_' or '.'. BinaryData can contain byte sequences that are not in the UTF-8 range. The keys
   * stored in BinaryData must not overlap with the ones in the Data field, this is enforced
   * during validation process. Using this field will require 1.10+ apiserver and kubelet. Note:
   * BinaryData keys are not currently propagated to container env vars via ConfigMapKeyRef or
   * ConfigMapRef env sources; only Data keys are used.
   *
   * @return binaryData
   */
  public Map<String, byte[]> getBinaryData() {
    return binaryData;
  }

  public void setBinaryData(Map<String, byte[]> binaryData) {
    this.binaryData = binaryData;
  }

  public V1ConfigMap data(Map<String, String> data) {
    this.data = data;
    return this;
  }

  public V1ConfigMap putDataItem(String key, String item) {
    if (this.data == null) {
      this.data = new LinkedHashMap<>();
    }
    this.data.put(key, item);
    return this;
  }

  /**
   * Data contains the configuration data. Each key must consist of alphanumeric characters, '-',
   * '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys
   * stored in Data must not overlap with the keys in the BinaryData field, this is enforced
   * during validation process.
   *
   * @return data
   */
  public Map<String, String> getData() {
    return data;
  }

  public void setData(Map<String, String> data) {
    this.data = data;
  }

  public V1ConfigMap immutable(Boolean immutable) {
    this.immutable = immutable;
    return this;
  }

  /**
   * Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only
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

  public V1ConfigMap kind(String kind) {
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

  public V1ConfigMap metadata(V1ObjectMeta metadata) {
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

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ConfigMap that = (V1ConfigMap) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(binaryData, that.binaryData)
        && Objects.equals(data, that.data)
        && Objects.equals(immutable, that.immutable)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, binaryData, data, immutable, kind, metadata);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ConfigMap {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    binaryData: ").append(String.valueOf(binaryData).replace("\n", "\n    ")).append('\n');
    sb.append("    data: ").append(String.valueOf(data).replace("\n", "\n    ")).append('\n');
    sb.append("    immutable: ").append(immutable).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
