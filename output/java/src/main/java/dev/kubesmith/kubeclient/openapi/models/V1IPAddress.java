package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * IPAddress represents a single IP of a single IP Family. The object is designed to be used by
 * APIs that operate on IP addresses. The object is used by the Service core API for allocation
 * of IP addresses. An IP address can be represented in different formats, to guarantee the
 * uniqueness of the IP, the name of the object is the IP address in canonical format, four
 * decimal digits separated by dots suppressing leading zeros for IPv4 and the representation
 * defined by RFC 5952 for IPv6. Valid: 192.168.1.5 or 2001:db8::1 or
 * 2001:db8:aaaa:bbbb:cccc:dddd:eeee:1 Invalid: 10.01.2.3 or 2001:db8:0:0:0::1
 */
public class V1IPAddress implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "kind",
      "metadata",
      "spec");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IPAddress> CODEC = new Codec<V1IPAddress>() {
    @Override
    public V1IPAddress read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IPAddress)");
      }
      V1IPAddress o = new V1IPAddress();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.kind = Codecs.STRING.read(p);
            break;
          case 2:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 3:
            o.spec = V1IPAddressSpec.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IPAddress o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.spec != null) {
        g.writeFieldName("spec");
        V1IPAddressSpec.CODEC.write(g, o.spec);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String kind;

  private V1ObjectMeta metadata;

  private V1IPAddressSpec spec;

  public V1IPAddress apiVersion(String apiVersion) {
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

  public V1IPAddress kind(String kind) {
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

  public V1IPAddress metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * metadata is the standard object metadata. More info:
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

  public V1IPAddress spec(V1IPAddressSpec spec) {
    this.spec = spec;
    return this;
  }

  /**
   * spec is the desired state of the IPAddress. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
   *
   * @return spec
   */
  public V1IPAddressSpec getSpec() {
    return spec;
  }

  public void setSpec(V1IPAddressSpec spec) {
    this.spec = spec;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IPAddress that = (V1IPAddress) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(spec, that.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, spec);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IPAddress {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    spec: ").append(String.valueOf(spec).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
