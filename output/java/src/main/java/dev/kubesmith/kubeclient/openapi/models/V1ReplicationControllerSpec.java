package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * ReplicationControllerSpec is the specification of a replication controller.
 */
public class V1ReplicationControllerSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "minReadySeconds",
      "replicas",
      "selector",
      "template");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ReplicationControllerSpec> CODEC = new Codec<V1ReplicationControllerSpec>() {
    @Override
    public V1ReplicationControllerSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ReplicationControllerSpec)");
      }
      V1ReplicationControllerSpec o = new V1ReplicationControllerSpec();
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
            o.selector = Codecs.mapOf(Codecs.STRING).read(p);
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
    public void write(JsonGenerator g, V1ReplicationControllerSpec o) throws IOException {
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
        Codecs.mapOf(Codecs.STRING).write(g, o.selector);
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

  private Map<String, String> selector;

  private V1PodTemplateSpec template;

  public V1ReplicationControllerSpec minReadySeconds(Integer minReadySeconds) {
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

  public V1ReplicationControllerSpec replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * Replicas is the number of desired replicas. This is a pointer to distinguish between
   * explicit zero and unspecified. Defaults to 1. More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public V1ReplicationControllerSpec selector(Map<String, String> selector) {
    this.selector = selector;
    return this;
  }

  public V1ReplicationControllerSpec putSelectorItem(String key, String item) {
    if (this.selector == null) {
      this.selector = new LinkedHashMap<>();
    }
    this.selector.put(key, item);
    return this;
  }

  /**
   * Selector is a label query over pods that should match the Replicas count. If Selector is
   * empty, it is defaulted to the labels present on the Pod template. Label keys and values that
   * must match in order to be controlled by this replication controller, if empty defaulted to
   * labels on Pod template. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
   *
   * @return selector
   */
  public Map<String, String> getSelector() {
    return selector;
  }

  public void setSelector(Map<String, String> selector) {
    this.selector = selector;
  }

  public V1ReplicationControllerSpec template(V1PodTemplateSpec template) {
    this.template = template;
    return this;
  }

  /**
   * Template is the object that describes the pod that will be created if insufficient replicas
   * are detected. This takes precedence over a TemplateRef. The only allowed
   * template.spec.restartPolicy value is "Always". More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template
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
    V1ReplicationControllerSpec that = (V1ReplicationControllerSpec) other;
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
    StringBuilder sb = new StringBuilder("class V1ReplicationControllerSpec {\n");
    sb.append("    minReadySeconds: ").append(minReadySeconds).append('\n');
    sb.append("    replicas: ").append(replicas).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    template: ").append(String.valueOf(template).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
