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
 * ReplicaSetSpec is the specification of a ReplicaSet.
 */
public class V1ReplicaSetSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "minReadySeconds",
      "replicas",
      "selector",
      "template");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ReplicaSetSpec> CODEC = new Codec<V1ReplicaSetSpec>() {
    @Override
    public V1ReplicaSetSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ReplicaSetSpec)");
      }
      V1ReplicaSetSpec o = new V1ReplicaSetSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.minReadySeconds = Codecs.INT32.read(p);
            break;
          case 1:
            o.replicas = Codecs.INT32.read(p);
            break;
          case 2:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          case 3:
            o.template = V1PodTemplateSpec.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ReplicaSetSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.minReadySeconds != null) {
        g.writeFieldName("minReadySeconds");
        Codecs.INT32.write(g, o.minReadySeconds);
      }
      if (o.replicas != null) {
        g.writeFieldName("replicas");
        Codecs.INT32.write(g, o.replicas);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        V1LabelSelector.CODEC.write(g, o.selector);
      }
      if (o.template != null) {
        g.writeFieldName("template");
        V1PodTemplateSpec.CODEC.write(g, o.template);
      }
      g.writeEndObject();
    }
  };

  private Integer minReadySeconds;

  private Integer replicas;

  private V1LabelSelector selector;

  private V1PodTemplateSpec template;

  public V1ReplicaSetSpec minReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
    return this;
  }

  /**
   * Minimum number of seconds for which a newly created pod should be ready without any of its
   * container crashing, for it to be considered available. Defaults to 0 (pod will be considered
   * available as soon as it is ready)
   *
   * @return minReadySeconds
   */
  public Integer getMinReadySeconds() {
    return minReadySeconds;
  }

  public void setMinReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
  }

  public V1ReplicaSetSpec replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * Replicas is the number of desired pods. This is a pointer to distinguish between explicit
   * zero and unspecified. Defaults to 1. More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/replicaset
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public V1ReplicaSetSpec selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * Selector is a label query over pods that should match the replica count. Label keys and
   * values that must match in order to be controlled by this replica set. It must match the pod
   * template's labels. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
   *
   * @return selector
   */
  public V1LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(V1LabelSelector selector) {
    this.selector = selector;
  }

  public V1ReplicaSetSpec template(V1PodTemplateSpec template) {
    this.template = template;
    return this;
  }

  /**
   * Template is the object that describes the pod that will be created if insufficient replicas
   * are detected. More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template
   *
   * @return template
   */
  public V1PodTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(V1PodTemplateSpec template) {
    this.template = template;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ReplicaSetSpec that = (V1ReplicaSetSpec) other;
    return Objects.equals(minReadySeconds, that.minReadySeconds)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(selector, that.selector)
        && Objects.equals(template, that.template);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minReadySeconds, replicas, selector, template);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ReplicaSetSpec {\n");
    sb.append("    minReadySeconds: ").append(minReadySeconds).append('\n');
    sb.append("    replicas: ").append(replicas).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    template: ").append(String.valueOf(template).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
