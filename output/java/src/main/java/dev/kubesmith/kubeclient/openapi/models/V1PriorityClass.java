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
 * PriorityClass defines mapping from a priority class name to the priority integer value. The
 * value can be any valid integer.
 */
public class V1PriorityClass implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "description",
      "globalDefault",
      "kind",
      "metadata",
      "preemptionPolicy",
      "value");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PriorityClass> CODEC = new Codec<V1PriorityClass>() {
    @Override
    public V1PriorityClass read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PriorityClass)");
      }
      V1PriorityClass o = new V1PriorityClass();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.description = Codecs.STRING.read(p);
            break;
          case 2:
            o.globalDefault = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.kind = Codecs.STRING.read(p);
            break;
          case 4:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 5:
            o.preemptionPolicy = Codecs.STRING.read(p);
            break;
          case 6:
            o.value = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PriorityClass o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.description != null) {
        g.writeFieldName("description");
        Codecs.STRING.write(g, o.description);
      }
      if (o.globalDefault != null) {
        g.writeFieldName("globalDefault");
        Codecs.BOOLEAN.write(g, o.globalDefault);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.preemptionPolicy != null) {
        g.writeFieldName("preemptionPolicy");
        Codecs.STRING.write(g, o.preemptionPolicy);
      }
      if (o.value != null) {
        g.writeFieldName("value");
        Codecs.INT32.write(g, o.value);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String description;

  private Boolean globalDefault;

  private String kind;

  private V1ObjectMeta metadata;

  private String preemptionPolicy;

  private Integer value;

  public V1PriorityClass apiVersion(String apiVersion) {
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

  public V1PriorityClass description(String description) {
    this.description = description;
    return this;
  }

  /**
   * description is an arbitrary string that usually provides guidelines on when this priority
   * class should be used.
   *
   * @return description
   */
  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public V1PriorityClass globalDefault(Boolean globalDefault) {
    this.globalDefault = globalDefault;
    return this;
  }

  /**
   * globalDefault specifies whether this PriorityClass should be considered as the default
   * priority for pods that do not have any priority class. Only one PriorityClass can be marked
   * as `globalDefault`. However, if more than one PriorityClasses exists with their
   * `globalDefault` field set to true, the smallest value of such global default PriorityClasses
   * will be used as the default priority.
   *
   * @return globalDefault
   */
  public Boolean getGlobalDefault() {
    return globalDefault;
  }

  public void setGlobalDefault(Boolean globalDefault) {
    this.globalDefault = globalDefault;
  }

  public V1PriorityClass kind(String kind) {
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

  public V1PriorityClass metadata(V1ObjectMeta metadata) {
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

  public V1PriorityClass preemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
    return this;
  }

  /**
   * preemptionPolicy is the Policy for preempting pods with lower priority. One of Never,
   * PreemptLowerPriority. Defaults to PreemptLowerPriority if unset.
   *
   * @return preemptionPolicy
   */
  public String getPreemptionPolicy() {
    return preemptionPolicy;
  }

  public void setPreemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
  }

  public V1PriorityClass value(Integer value) {
    this.value = value;
    return this;
  }

  /**
   * value represents the integer value of this priority class. This is the actual priority that
   * pods receive when they have the name of this class in their pod spec.
   *
   * @return value
   */
  public Integer getValue() {
    return value;
  }

  public void setValue(Integer value) {
    this.value = value;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PriorityClass that = (V1PriorityClass) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(description, that.description)
        && Objects.equals(globalDefault, that.globalDefault)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(preemptionPolicy, that.preemptionPolicy)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, description, globalDefault, kind, metadata, preemptionPolicy, value);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PriorityClass {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    description: ").append(description).append('\n');
    sb.append("    globalDefault: ").append(globalDefault).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    preemptionPolicy: ").append(preemptionPolicy).append('\n');
    sb.append("    value: ").append(value).append('\n');
    return sb.append("}").toString();
  }
}
