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
 * DeploymentSpec is the specification of the desired behavior of the Deployment.
 */
public class V1DeploymentSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "minReadySeconds",
      "paused",
      "progressDeadlineSeconds",
      "replicas",
      "revisionHistoryLimit",
      "selector",
      "strategy",
      "template");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DeploymentSpec> CODEC = new Codec<V1DeploymentSpec>() {
    @Override
    public V1DeploymentSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DeploymentSpec)");
      }
      V1DeploymentSpec o = new V1DeploymentSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.minReadySeconds = Codecs.INT32.read(p);
            break;
          case 1:
            o.paused = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.progressDeadlineSeconds = Codecs.INT32.read(p);
            break;
          case 3:
            o.replicas = Codecs.INT32.read(p);
            break;
          case 4:
            o.revisionHistoryLimit = Codecs.INT32.read(p);
            break;
          case 5:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          case 6:
            o.strategy = V1DeploymentStrategy.CODEC.read(p);
            break;
          case 7:
            o.template = V1PodTemplateSpec.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DeploymentSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.minReadySeconds != null) {
        g.writeFieldName("minReadySeconds");
        Codecs.INT32.write(g, o.minReadySeconds);
      }
      if (o.paused != null) {
        g.writeFieldName("paused");
        Codecs.BOOLEAN.write(g, o.paused);
      }
      if (o.progressDeadlineSeconds != null) {
        g.writeFieldName("progressDeadlineSeconds");
        Codecs.INT32.write(g, o.progressDeadlineSeconds);
      }
      if (o.replicas != null) {
        g.writeFieldName("replicas");
        Codecs.INT32.write(g, o.replicas);
      }
      if (o.revisionHistoryLimit != null) {
        g.writeFieldName("revisionHistoryLimit");
        Codecs.INT32.write(g, o.revisionHistoryLimit);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        V1LabelSelector.CODEC.write(g, o.selector);
      }
      if (o.strategy != null) {
        g.writeFieldName("strategy");
        V1DeploymentStrategy.CODEC.write(g, o.strategy);
      }
      if (o.template != null) {
        g.writeFieldName("template");
        V1PodTemplateSpec.CODEC.write(g, o.template);
      }
      g.writeEndObject();
    }
  };

  private Integer minReadySeconds;

  private Boolean paused;

  private Integer progressDeadlineSeconds;

  private Integer replicas;

  private Integer revisionHistoryLimit;

  private V1LabelSelector selector;

  private V1DeploymentStrategy strategy;

  private V1PodTemplateSpec template;

  public V1DeploymentSpec minReadySeconds(Integer minReadySeconds) {
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

  public V1DeploymentSpec paused(Boolean paused) {
    this.paused = paused;
    return this;
  }

  /**
   * Indicates that the deployment is paused.
   *
   * @return paused
   */
  public Boolean getPaused() {
    return paused;
  }

  public void setPaused(Boolean paused) {
    this.paused = paused;
  }

  public V1DeploymentSpec progressDeadlineSeconds(Integer progressDeadlineSeconds) {
    this.progressDeadlineSeconds = progressDeadlineSeconds;
    return this;
  }

  /**
   * The maximum time in seconds for a deployment to make progress before it is considered to be
   * failed. The deployment controller will continue to process failed deployments and a
   * condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status.
   * Note that progress will not be estimated during the time a deployment is paused. Defaults to
   * 600s.
   *
   * @return progressDeadlineSeconds
   */
  public Integer getProgressDeadlineSeconds() {
    return progressDeadlineSeconds;
  }

  public void setProgressDeadlineSeconds(Integer progressDeadlineSeconds) {
    this.progressDeadlineSeconds = progressDeadlineSeconds;
  }

  public V1DeploymentSpec replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * Number of desired pods. This is a pointer to distinguish between explicit zero and not
   * specified. Defaults to 1.
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public V1DeploymentSpec revisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
    return this;
  }

  /**
   * The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish
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

  public V1DeploymentSpec selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the
   * ones affected by this deployment. It must match the pod template's labels.
   *
   * @return selector
   */
  public V1LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(V1LabelSelector selector) {
    this.selector = selector;
  }

  public V1DeploymentSpec strategy(V1DeploymentStrategy strategy) {
    this.strategy = strategy;
    return this;
  }

  /**
   * The deployment strategy to use to replace existing pods with new ones.
   *
   * @return strategy
   */
  public V1DeploymentStrategy getStrategy() {
    return strategy;
  }

  public void setStrategy(V1DeploymentStrategy strategy) {
    this.strategy = strategy;
  }

  public V1DeploymentSpec template(V1PodTemplateSpec template) {
    this.template = template;
    return this;
  }

  /**
   * Template describes the pods that will be created. The only allowed
   * template.spec.restartPolicy value is "Always".
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
    V1DeploymentSpec that = (V1DeploymentSpec) other;
    return Objects.equals(minReadySeconds, that.minReadySeconds)
        && Objects.equals(paused, that.paused)
        && Objects.equals(progressDeadlineSeconds, that.progressDeadlineSeconds)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(revisionHistoryLimit, that.revisionHistoryLimit)
        && Objects.equals(selector, that.selector)
        && Objects.equals(strategy, that.strategy)
        && Objects.equals(template, that.template);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minReadySeconds, paused, progressDeadlineSeconds, replicas, revisionHistoryLimit, selector, strategy, template);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DeploymentSpec {\n");
    sb.append("    minReadySeconds: ").append(minReadySeconds).append('\n');
    sb.append("    paused: ").append(paused).append('\n');
    sb.append("    progressDeadlineSeconds: ").append(progressDeadlineSeconds).append('\n');
    sb.append("    replicas: ").append(replicas).append('\n');
    sb.append("    revisionHistoryLimit: ").append(revisionHistoryLimit).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    strategy: ").append(String.valueOf(strategy).replace("\n", "\n    ")).append('\n');
    sb.append("    template: ").append(String.valueOf(template).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
