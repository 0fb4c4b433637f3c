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
 * NodeSpec describes the attributes that a node is created with.
 */
public class V1NodeSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "configSource",
      "externalID",
      "podCIDR",
      "podCIDRs",
      "podPreemptionPolicy",
      "providerID",
      "taints",
      "unschedulable");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeSpec> CODEC = new Codec<V1NodeSpec>() {
    @Override
    public V1NodeSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeSpec)");
      }
      V1NodeSpec o = new V1NodeSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.configSource = V1NodeConfigSource.CODEC.read(p);
            break;
          case 1:
            o.externalID = Codecs.STRING.read(p);
            break;
          case 2:
            o.podCIDR = Codecs.STRING.read(p);
            break;
          case 3:
            o.podCIDRs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 4:
            o.podPreemptionPolicy = V1NodePodPreemptionPolicy.CODEC.read(p);
            break;
          case 5:
            o.providerID = Codecs.STRING.read(p);
            break;
          case 6:
            o.taints = Codecs.listOf(V1Taint.CODEC).read(p);
            break;
          case 7:
            o.unschedulable = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.configSource != null) {
        g.writeFieldName("configSource");
        V1NodeConfigSource.CODEC.write(g, o.configSource);
      }
      if (o.externalID != null) {
        g.writeFieldName("externalID");
        Codecs.STRING.write(g, o.externalID);
      }
      if (o.podCIDR != null) {
        g.writeFieldName("podCIDR");
        Codecs.STRING.write(g, o.podCIDR);
      }
      if (o.podCIDRs != null) {
        g.writeFieldName("podCIDRs");
        Codecs.listOf(Codecs.STRING).write(g, o.podCIDRs);
      }
      if (o.podPreemptionPolicy != null) {
        g.writeFieldName("podPreemptionPolicy");
        V1NodePodPreemptionPolicy.CODEC.write(g, o.podPreemptionPolicy);
      }
      if (o.providerID != null) {
        g.writeFieldName("providerID");
        Codecs.STRING.write(g, o.providerID);
      }
      if (o.taints != null) {
        g.writeFieldName("taints");
        Codecs.listOf(V1Taint.CODEC).write(g, o.taints);
      }
      if (o.unschedulable != null) {
        g.writeFieldName("unschedulable");
        Codecs.BOOLEAN.write(g, o.unschedulable);
      }
      g.writeEndObject();
    }
  };

  private V1NodeConfigSource configSource;

  private String externalID;

  private String podCIDR;

  private List<String> podCIDRs;

  private V1NodePodPreemptionPolicy podPreemptionPolicy;

  private String providerID;

  private List<V1Taint> taints;

  private Boolean unschedulable;

  public V1NodeSpec configSource(V1NodeConfigSource configSource) {
    this.configSource = configSource;
    return this;
  }

  /**
   * Deprecated: Previously used to specify the source of the node's configuration for the
   * DynamicKubeletConfig feature. This feature is removed.
   *
   * @return configSource
   */
  public V1NodeConfigSource getConfigSource() {
    return configSource;
  }

  public void setConfigSource(V1NodeConfigSource configSource) {
    this.configSource = configSource;
  }

  public V1NodeSpec externalID(String externalID) {
    this.externalID = externalID;
    return this;
  }

  /**
   * Deprecated. Not all kubelets will set this field. Remove field after 1.13. see:
   * https://issues.k8s.io/61966
   *
   * @return externalID
   */
  public String getExternalID() {
    return externalID;
  }

  public void setExternalID(String externalID) {
    this.externalID = externalID;
  }

  public V1NodeSpec podCIDR(String podCIDR) {
    this.podCIDR = podCIDR;
    return this;
  }

  /**
   * PodCIDR represents the pod IP range assigned to the node.
   *
   * @return podCIDR
   */
  public String getPodCIDR() {
    return podCIDR;
  }

  public void setPodCIDR(String podCIDR) {
    this.podCIDR = podCIDR;
  }

  public V1NodeSpec podCIDRs(List<String> podCIDRs) {
    this.podCIDRs = podCIDRs;
    return this;
  }

  public V1NodeSpec addPodCIDRsItem(String item) {
    if (this.podCIDRs == null) {
      this.podCIDRs = new ArrayList<>();
    }
    this.podCIDRs.add(item);
    return this;
  }

  /**
   * podCIDRs represents the IP ranges assigned to the node for usage by Pods on that node. If
   * this field is specified, the 0th entry must match the podCIDR field. It may contain at most
   * 1 value for each of IPv4 and IPv6.
   *
   * @return podCIDRs
   */
  public List<String> getPodCIDRs() {
    return podCIDRs;
  }

  public void setPodCIDRs(List<String> podCIDRs) {
    this.podCIDRs = podCIDRs;
  }

  public V1NodeSpec podPreemptionPolicy(V1NodePodPreemptionPolicy podPreemptionPolicy) {
    this.podPreemptionPolicy = podPreemptionPolicy;
    return this;
  }

  /**
   * PodPreemptionPolicy controls the node-level preemption behaviors for pods on this node. This
   * is an alpha field and requires enabling the InPlacePodVerticalScalingSchedulerPreemption
   * feature gate.
   *
   * @return podPreemptionPolicy
   */
  public V1NodePodPreemptionPolicy getPodPreemptionPolicy() {
    return podPreemptionPolicy;
  }

  public void setPodPreemptionPolicy(V1NodePodPreemptionPolicy podPreemptionPolicy) {
    this.podPreemptionPolicy = podPreemptionPolicy;
  }

  public V1NodeSpec providerID(String providerID) {
    this.providerID = providerID;
    return this;
  }

  /**
   * ID of the node assigned by the cloud provider in the format:
   * &lt;ProviderName&gt;://&lt;ProviderSpecificNodeID&gt;
   *
   * @return providerID
   */
  public String getProviderID() {
    return providerID;
  }

  public void setProviderID(String providerID) {
    this.providerID = providerID;
  }

  public V1NodeSpec taints(List<V1Taint> taints) {
    this.taints = taints;
    return this;
  }

  public V1NodeSpec addTaintsItem(V1Taint item) {
    if (this.taints == null) {
      this.taints = new ArrayList<>();
    }
    this.taints.add(item);
    return this;
  }

  /**
   * If specified, the node's taints.
   *
   * @return taints
   */
  public List<V1Taint> getTaints() {
    return taints;
  }

  public void setTaints(List<V1Taint> taints) {
    this.taints = taints;
  }

  public V1NodeSpec unschedulable(Boolean unschedulable) {
    this.unschedulable = unschedulable;
    return this;
  }

  /**
   * Unschedulable controls node schedulability of new pods. By default, node is schedulable.
   * More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration
   *
   * @return unschedulable
   */
  public Boolean getUnschedulable() {
    return unschedulable;
  }

  public void setUnschedulable(Boolean unschedulable) {
    this.unschedulable = unschedulable;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeSpec that = (V1NodeSpec) other;
    return Objects.equals(configSource, that.configSource)
        && Objects.equals(externalID, that.externalID)
        && Objects.equals(podCIDR, that.podCIDR)
        && Objects.equals(podCIDRs, that.podCIDRs)
        && Objects.equals(podPreemptionPolicy, that.podPreemptionPolicy)
        && Objects.equals(providerID, that.providerID)
        && Objects.equals(taints, that.taints)
        && Objects.equals(unschedulable, that.unschedulable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(configSource, externalID, podCIDR, podCIDRs, podPreemptionPolicy, providerID, taints, unschedulable);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeSpec {\n");
    sb.append("    configSource: ").append(String.valueOf(configSource).replace("\n", "\n    ")).append('\n');
    sb.append("    externalID: ").append(externalID).append('\n');
    sb.append("    podCIDR: ").append(podCIDR).append('\n');
    sb.append("    podCIDRs: ").append(String.valueOf(podCIDRs).replace("\n", "\n    ")).append('\n');
    sb.append("    podPreemptionPolicy: ").append(String.valueOf(podPreemptionPolicy).replace("\n", "\n    ")).append('\n');
    sb.append("    providerID: ").append(providerID).append('\n');
    sb.append("    taints: ").append(String.valueOf(taints).replace("\n", "\n    ")).append('\n');
    sb.append("    unschedulable: ").append(unschedulable).append('\n');
    return sb.append("}").toString();
  }
}
