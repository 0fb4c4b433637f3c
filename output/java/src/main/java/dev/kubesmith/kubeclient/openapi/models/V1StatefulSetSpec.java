package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A StatefulSetSpec is the specification of a StatefulSet.
 */
public class V1StatefulSetSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "minReadySeconds",
      "ordinals",
      "persistentVolumeClaimRetentionPolicy",
      "podManagementPolicy",
      "replicas",
      "revisionHistoryLimit",
      "selector",
      "serviceName",
      "template",
      "updateStrategy",
      "volumeClaimTemplates");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StatefulSetSpec> CODEC = new Codec<V1StatefulSetSpec>() {
    @Override
    public V1StatefulSetSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StatefulSetSpec)");
      }
      V1StatefulSetSpec o = new V1StatefulSetSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.minReadySeconds = Codecs.INT32.read(p);
            break;
          case 1:
            o.ordinals = V1StatefulSetOrdinals.CODEC.read(p);
            break;
          case 2:
            o.persistentVolumeClaimRetentionPolicy = V1StatefulSetPersistentVolumeClaimRetentionPolicy.CODEC.read(p);
            break;
          case 3:
            o.podManagementPolicy = Codecs.STRING.read(p);
            break;
          case 4:
            o.replicas = Codecs.INT32.read(p);
            break;
          case 5:
            o.revisionHistoryLimit = Codecs.INT32.read(p);
            break;
          case 6:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          case 7:
            o.serviceName = Codecs.STRING.read(p);
            break;
          case 8:
            o.template = V1PodTemplateSpec.CODEC.read(p);
            break;
          case 9:
            o.updateStrategy = V1StatefulSetUpdateStrategy.CODEC.read(p);
            break;
          case 10:
            o.volumeClaimTemplates = Codecs.listOf(V1PersistentVolumeClaim.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StatefulSetSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.minReadySeconds != null) {
        g.writeFieldName("minReadySeconds");
        Codecs.INT32.write(g, o.minReadySeconds);
      }
      if (o.ordinals != null) {
        g.writeFieldName("ordinals");
        V1StatefulSetOrdinals.CODEC.write(g, o.ordinals);
      }
      if (o.persistentVolumeClaimRetentionPolicy != null) {
        g.writeFieldName("persistentVolumeClaimRetentionPolicy");
        V1StatefulSetPersistentVolumeClaimRetentionPolicy.CODEC.write(g, o.persistentVolumeClaimRetentionPolicy);
      }
      if (o.podManagementPolicy != null) {
        g.writeFieldName("podManagementPolicy");
        Codecs.STRING.write(g, o.podManagementPolicy);
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
      if (o.serviceName != null) {
        g.writeFieldName("serviceName");
        Codecs.STRING.write(g, o.serviceName);
      }
      if (o.template != null) {
        g.writeFieldName("template");
        V1PodTemplateSpec.CODEC.write(g, o.template);
      }
      if (o.updateStrategy != null) {
        g.writeFieldName("updateStrategy");
        V1StatefulSetUpdateStrategy.CODEC.write(g, o.updateStrategy);
      }
      if (o.volumeClaimTemplates != null) {
        g.writeFieldName("volumeClaimTemplates");
        Codecs.listOf(V1PersistentVolumeClaim.CODEC).write(g, o.volumeClaimTemplates);
      }
      g.writeEndObject();
    }
  };

  private Integer minReadySeconds;

  private V1StatefulSetOrdinals ordinals;

  private V1StatefulSetPersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy;

  private String podManagementPolicy;

  private Integer replicas;

  private Integer revisionHistoryLimit;

  private V1LabelSelector selector;

  private String serviceName;

  private V1PodTemplateSpec template;

  private V1StatefulSetUpdateStrategy updateStrategy;

  private List<V1PersistentVolumeClaim> volumeClaimTemplates;

  public V1StatefulSetSpec minReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
    return this;
  }

  /**
   * Minimum number of seconds for which a newly created pod should be ready without any of its
   * container crashing for it to be considered available. Defaults to 0 (pod will be considered
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

  public V1StatefulSetSpec ordinals(V1StatefulSetOrdinals ordinals) {
    this.ordinals = ordinals;
    return this;
  }

  /**
   * ordinals controls the numbering of replica indices in a StatefulSet. The default ordinals
   * behavior assigns a "0" index to the first replica and increments the index by one for each
   * additional replica requested.
   *
   * @return ordinals
   */
  public V1StatefulSetOrdinals getOrdinals() {
    return ordinals;
  }

  public void setOrdinals(V1StatefulSetOrdinals ordinals) {
    this.ordinals = ordinals;
  }

  public V1StatefulSetSpec persistentVolumeClaimRetentionPolicy(V1StatefulSetPersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy) {
    this.persistentVolumeClaimRetentionPolicy = persistentVolumeClaimRetentionPolicy;
    return this;
  }

  /**
   * persistentVolumeClaimRetentionPolicy describes the lifecycle of persistent volume claims
   * created from volumeClaimTemplates. By default, all persistent volume claims are created as
   * needed and retained until manually deleted. This policy allows the lifecycle to be altered,
   * for example by deleting persistent volume claims when their stateful set is deleted, or when
   * their pod is scaled down.
   *
   * @return persistentVolumeClaimRetentionPolicy
   */
  public V1StatefulSetPersistentVolumeClaimRetentionPolicy getPersistentVolumeClaimRetentionPolicy() {
    return persistentVolumeClaimRetentionPolicy;
  }

  public void setPersistentVolumeClaimRetentionPolicy(V1StatefulSetPersistentVolumeClaimRetentionPolicy persistentVolumeClaimRetentionPolicy) {
    this.persistentVolumeClaimRetentionPolicy = persistentVolumeClaimRetentionPolicy;
  }

  public V1StatefulSetSpec podManagementPolicy(String podManagementPolicy) {
    this.podManagementPolicy = podManagementPolicy;
    return this;
  }

  /**
   * podManagementPolicy controls how pods are created during initial scale up, when replacing
   * pods on nodes, or when scaling down. The default policy is `OrderedReady`, where pods are
   * created in increasing order (pod-0, then pod-1, etc) and the controller will wait until each
   * pod is ready before continuing. When scaling down, the pods are removed in the opposite
   * order. The alternative policy is `Parallel` which will create pods in parallel to match the
   * desired scale without waiting, and on scale down will delete all pods at once.
   *
   * @return podManagementPolicy
   */
  public String getPodManagementPolicy() {
    return podManagementPolicy;
  }

  public void setPodManagementPolicy(String podManagementPolicy) {
    this.podManagementPolicy = podManagementPolicy;
  }

  public V1StatefulSetSpec replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * replicas is the desired number of replicas of the given Template. These are replicas in the
   * sense that they are instantiations of the same Template, but individual replicas also have a
   * consistent identity. If unspecified, defaults to 1.
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public V1StatefulSetSpec revisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
    return this;
  }

  /**
   * revisionHistoryLimit is the maximum number of revisions that will be maintained in the
   * StatefulSet's revision history. The revision history consists of all revisions not
   * represented by a currently applied StatefulSetSpec version. The default value is 10.
   *
   * @return revisionHistoryLimit
   */
  public Integer getRevisionHistoryLimit() {
    return revisionHistoryLimit;
  }

  public void setRevisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
  }

  public V1StatefulSetSpec selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * selector is a label query over pods that should match the replica count. It must match the
   * pod template's labels. More info:
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

  public V1StatefulSetSpec serviceName(String serviceName) {
    this.serviceName = serviceName;
    return this;
  }

  /**
   * serviceName is the name of the service that governs this StatefulSet. This service must
   * exist before the StatefulSet, and is responsible for the network identity of the set. Pods
   * get DNS/hostnames that follow the pattern:
   * pod-specific-string.serviceName.default.svc.cluster.local where "pod-specific-string" is
   * managed by the StatefulSet controller.
   *
   * @return serviceName
   */
  public String getServiceName() {
    return serviceName;
  }

  public void setServiceName(String serviceName) {
    this.serviceName = serviceName;
  }

  public V1StatefulSetSpec template(V1PodTemplateSpec template) {
    this.template = template;
    return this;
  }

  /**
   * template is the object that describes the pod that will be created if insufficient replicas
   * are detected. Each pod stamped out by the StatefulSet will fulfill this Template, but have a
   * unique identity from the rest of the StatefulSet. Each pod will be named with the format
   * &lt;statefulsetname&gt;-&lt;podindex&gt;. For example, a pod in a StatefulSet named "web"
   * with index number "3" would be named "web-3". The only allowed template.spec.restartPolicy
   * value is "Always".
   *
   * @return template
   */
  public V1PodTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(V1PodTemplateSpec template) {
    this.template = template;
  }

  public V1StatefulSetSpec updateStrategy(V1StatefulSetUpdateStrategy updateStrategy) {
    this.updateStrategy = updateStrategy;
    return this;
  }

  /**
   * updateStrategy indicates the StatefulSetUpdateStrategy that will be employed to update Pods
   * in the StatefulSet when a revision is made to Template.
   *
   * @return updateStrategy
   */
  public V1StatefulSetUpdateStrategy getUpdateStrategy() {
    return updateStrategy;
  }

  public void setUpdateStrategy(V1StatefulSetUpdateStrategy updateStrategy) {
    this.updateStrategy = updateStrategy;
  }

  public V1StatefulSetSpec volumeClaimTemplates(List<V1PersistentVolumeClaim> volumeClaimTemplates) {
    this.volumeClaimTemplates = volumeClaimTemplates;
    return this;
  }

  public V1StatefulSetSpec addVolumeClaimTemplatesItem(V1PersistentVolumeClaim item) {
    if (this.volumeClaimTemplates == null) {
      this.volumeClaimTemplates = new ArrayList<>();
    }
    this.volumeClaimTemplates.add(item);
    return this;
  }

  /**
   * volumeClaimTemplates is a list of claims that pods are allowed to reference. The StatefulSet
   * controller is responsible for mapping network identities to claims in a way that maintains
   * the identity of a pod. Every claim in this list must have at least one matching (by name)
   * volumeMount in one container in the template. A claim in this list takes precedence over any
   * volumes in the template, with the same name.
   *
   * @return volumeClaimTemplates
   */
  public List<V1PersistentVolumeClaim> getVolumeClaimTemplates() {
    return volumeClaimTemplates;
  }

  public void setVolumeClaimTemplates(List<V1PersistentVolumeClaim> volumeClaimTemplates) {
    this.volumeClaimTemplates = volumeClaimTemplates;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StatefulSetSpec that = (V1StatefulSetSpec) other;
    return Objects.equals(minReadySeconds, that.minReadySeconds)
        && Objects.equals(ordinals, that.ordinals)
        && Objects.equals(persistentVolumeClaimRetentionPolicy, that.persistentVolumeClaimRetentionPolicy)
        && Objects.equals(podManagementPolicy, that.podManagementPolicy)
        && Objects.equals(replicas, that.replicas)
        && Objects.equals(revisionHistoryLimit, that.revisionHistoryLimit)
        && Objects.equals(selector, that.selector)
        && Objects.equals(serviceName, that.serviceName)
        && Objects.equals(template, that.template)
        && Objects.equals(updateStrategy, that.updateStrategy)
        && Objects.equals(volumeClaimTemplates, that.volumeClaimTemplates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minReadySeconds, ordinals, persistentVolumeClaimRetentionPolicy, podManagementPolicy, replicas, revisionHistoryLimit, selector, serviceName, template, updateStrategy, volumeClaimTemplates);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StatefulSetSpec {\n");
    sb.append("    minReadySeconds: ").append(minReadySeconds).append('\n');
    sb.append("    ordinals: ").append(String.valueOf(ordinals).replace("\n", "\n    ")).append('\n');
    sb.append("    persistentVolumeClaimRetentionPolicy: ").append(String.valueOf(persistentVolumeClaimRetentionPolicy).replace("\n", "\n    ")).append('\n');
    sb.append("    podManagementPolicy: ").append(podManagementPolicy).append('\n');
    sb.append("    replicas: ").append(replicas).append('\n');
    sb.append("    revisionHistoryLimit: ").append(revisionHistoryLimit).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    serviceName: ").append(serviceName).append('\n');
    sb.append("    template: ").append(String.valueOf(template).replace("\n", "\n    ")).append('\n');
    sb.append("    updateStrategy: ").append(String.valueOf(updateStrategy).replace("\n", "\n    ")).append('\n');
    sb.append("    volumeClaimTemplates: ").append(String.valueOf(volumeClaimTemplates).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
