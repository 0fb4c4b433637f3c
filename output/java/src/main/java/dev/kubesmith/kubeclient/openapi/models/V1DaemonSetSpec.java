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
 * DaemonSetSpec is the specification of a daemon set.
 */
public class V1DaemonSetSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "minReadySeconds",
      "revisionHistoryLimit",
      "selector",
      "template",
      "updateStrategy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DaemonSetSpec> CODEC = new Codec<V1DaemonSetSpec>() {
    @Override
    public V1DaemonSetSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DaemonSetSpec)");
      }
      V1DaemonSetSpec o = new V1DaemonSetSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.minReadySeconds = Codecs.INT32.read(p);
            break;
          case 1:
            o.revisionHistoryLimit = Codecs.INT32.read(p);
            break;
          case 2:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          case 3:
            o.template = V1PodTemplateSpec.CODEC.read(p);
            break;
          case 4:
            o.updateStrategy = V1DaemonSetUpdateStrategy.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DaemonSetSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.minReadySeconds != null) {
        g.writeFieldName("minReadySeconds");
        Codecs.INT32.write(g, o.minReadySeconds);
      }
      if (o.revisionHistoryLimit != null) {
        g.writeFieldName("revisionHistoryLimit");
        Codecs.INT32.write(g, o.revisionHistoryLimit);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        V1LabelSelector.CODEC.write(g, o.selector);
      }
      if (o.template != null) {
        g.writeFieldName("template");
        V1PodTemplateSpec.CODEC.write(g, o.template);
      }
      if (o.updateStrategy != null) {
        g.writeFieldName("updateStrategy");
        V1DaemonSetUpdateStrategy.CODEC.write(g, o.updateStrategy);
      }
      g.writeEndObject();
    }
  };

  private Integer minReadySeconds;

  private Integer revisionHistoryLimit;

  private V1LabelSelector selector;

  private V1PodTemplateSpec template;

  private V1DaemonSetUpdateStrategy updateStrategy;

  public V1DaemonSetSpec minReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
    return this;
  }

  /**
   * The minimum number of seconds for which a newly created DaemonSet pod should be ready
   * without any of its container crashing, for it to be considered available. Defaults to 0 (pod
   * will be considered available as soon as it is ready).
   *
   * @return minReadySeconds
   */
  public Integer getMinReadySeconds() {
    return minReadySeconds;
  }

  public void setMinReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
  }

  public V1DaemonSetSpec revisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
    return this;
  }

  /**
   * The number of old history to retain to allow rollback. This is a pointer to distinguish
   * between explicit zero and not specified. Defaults to 10.
   *
   * @return revisionHistoryLimit
   */
  public Integer getRevisionHistoryLimit() {
    return revisionHistoryLimit;
  }

  public void setRevisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
  }

  public V1DaemonSetSpec selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * A label query over pods that are managed by the daemon set. Must match in order to be
   * controlled. It must match the pod template's labels. More info:
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

  public V1DaemonSetSpec template(V1PodTemplateSpec template) {
    this.template = template;
    return this;
  }

  /**
   * An object that describes the pod that will be created. The DaemonSet will create exactly one
   * copy of this pod on every node that matches the template's node selector (or on every node
   * if no node selector is specified). The only allowed template.spec.restartPolicy value is
   * "Always". More info:
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

  public V1DaemonSetSpec updateStrategy(V1DaemonSetUpdateStrategy updateStrategy) {
    this.updateStrategy = updateStrategy;
    return this;
  }

  /**
   * An update strategy to replace existing DaemonSet pods with new pods.
   *
   * @return updateStrategy
   */
  public V1DaemonSetUpdateStrategy getUpdateStrategy() {
    return updateStrategy;
  }

  public void setUpdateStrategy(V1DaemonSetUpdateStrategy updateStrategy) {
    this.updateStrategy = updateStrategy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1DaemonSetSpec that = (V1DaemonSetSpec) other;
    return Objects.equals(minReadySeconds, that.minReadySeconds)
        && Objects.equals(revisionHistoryLimit, that.revisionHistoryLimit)
        && Objects.equals(selector, that.selector)
        && Objects.equals(template, that.template)
        && Objects.equals(updateStrategy, that.updateStrategy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minReadySeconds, revisionHistoryLimit, selector, template, updateStrategy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DaemonSetSpec {\n");
    sb.append("    minReadySeconds: ").append(minReadySeconds).append('\n');
    sb.append("    revisionHistoryLimit: ").append(revisionHistoryLimit).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    template: ").append(String.valueOf(template).replace("\n", "\n    ")).append('\n');
    sb.append("    updateStrategy: ").append(String.valueOf(updateStrategy).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
