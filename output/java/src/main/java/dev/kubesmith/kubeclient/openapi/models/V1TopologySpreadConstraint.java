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
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 */
public class V1TopologySpreadConstraint {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "labelSelector",
      "matchLabelKeys",
      "maxSkew",
      "minDomains",
      "nodeAffinityPolicy",
      "nodeTaintsPolicy",
      "topologyKey",
      "whenUnsatisfiable");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TopologySpreadConstraint> CODEC = new Codec<V1TopologySpreadConstraint>() {
    @Override
    public V1TopologySpreadConstraint read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TopologySpreadConstraint)");
      }
      V1TopologySpreadConstraint o = new V1TopologySpreadConstraint();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.labelSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 1:
            o.matchLabelKeys = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.maxSkew = Codecs.INT32.read(p);
            break;
          case 3:
            o.minDomains = Codecs.INT32.read(p);
            break;
          case 4:
            o.nodeAffinityPolicy = Codecs.STRING.read(p);
            break;
          case 5:
            o.nodeTaintsPolicy = Codecs.STRING.read(p);
            break;
          case 6:
            o.topologyKey = Codecs.STRING.read(p);
            break;
          case 7:
            o.whenUnsatisfiable = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1TopologySpreadConstraint o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.labelSelector != null) {
        g.writeFieldName("labelSelector");
        V1LabelSelector.CODEC.write(g, o.labelSelector);
      }
      if (o.matchLabelKeys != null) {
        g.writeFieldName("matchLabelKeys");
        Codecs.listOf(Codecs.STRING).write(g, o.matchLabelKeys);
      }
      if (o.maxSkew != null) {
        g.writeFieldName("maxSkew");
        Codecs.INT32.write(g, o.maxSkew);
      }
      if (o.minDomains != null) {
        g.writeFieldName("minDomains");
        Codecs.INT32.write(g, o.minDomains);
      }
      if (o.nodeAffinityPolicy != null) {
        g.writeFieldName("nodeAffinityPolicy");
        Codecs.STRING.write(g, o.nodeAffinityPolicy);
      }
      if (o.nodeTaintsPolicy != null) {
        g.writeFieldName("nodeTaintsPolicy");
        Codecs.STRING.write(g, o.nodeTaintsPolicy);
      }
      if (o.topologyKey != null) {
        g.writeFieldName("topologyKey");
        Codecs.STRING.write(g, o.topologyKey);
      }
      if (o.whenUnsatisfiable != null) {
        g.writeFieldName("whenUnsatisfiable");
        Codecs.STRING.write(g, o.whenUnsatisfiable);
      }
      g.writeEndObject();
    }
  };

  private V1LabelSelector labelSelector;

  private List<String> matchLabelKeys;

  private Integer maxSkew;

  private Integer minDomains;

  private String nodeAffinityPolicy;

  private String nodeTaintsPolicy;

  private String topologyKey;

  private String whenUnsatisfiable;

  public V1TopologySpreadConstraint labelSelector(V1LabelSelector labelSelector) {
    this.labelSelector = labelSelector;
    return this;
  }

  /**
   * LabelSelector is used to find matching pods. Pods that match this label selector are counted
   * to determine the number of pods in their corresponding topology domain.
   *
   * @return labelSelector
   */
  public V1LabelSelector getLabelSelector() {
    return labelSelector;
  }

  public void setLabelSelector(V1LabelSelector labelSelector) {
    this.labelSelector = labelSelector;
  }

  public V1TopologySpreadConstraint matchLabelKeys(List<String> matchLabelKeys) {
    this.matchLabelKeys = matchLabelKeys;
    return this;
  }

  public V1TopologySpreadConstraint addMatchLabelKeysItem(String item) {
    if (this.matchLabelKeys == null) {
      this.matchLabelKeys = new ArrayList<>();
    }
    this.matchLabelKeys.add(item);
    return this;
  }

  /**
   * MatchLabelKeys is a set of pod label keys to select the pods over which spreading will be
   * calculated. The keys are used to lookup values from the incoming pod labels, those key-value
   * labels are ANDed with labelSelector to select the group of existing pods over which
   * spreading will be calculated for the incoming pod. The same key is forbidden to exist in
   * both MatchLabelKeys and LabelSelector. MatchLabelKeys cannot be set when LabelSelector isn't
   * set. Keys that don't exist in the incoming pod labels will be ignored. A null or empty list
   * means only match against labelSelector.
   *
   * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be
   * enabled (enabled by default).
   *
   * @return matchLabelKeys
   */
  public List<String> getMatchLabelKeys() {
    return matchLabelKeys;
  }

  public void setMatchLabelKeys(List<String> matchLabelKeys) {
    this.matchLabelKeys = matchLabelKeys;
  }

  public V1TopologySpreadConstraint maxSkew(Integer maxSkew) {
    this.maxSkew = maxSkew;
    return this;
  }

  /**
   * MaxSkew describes the degree to which pods may be unevenly distributed. When
   * `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference between the number
   * of matching pods in the target topology and the global minimum. The global minimum is the
   * minimum number of matching pods in an eligible domain or zero if the number of eligible
   * domains is less than MinDomains. For example, in a 3-zone cluster, MaxSkew is set to 1, and
   * pods with the same labelSelector spread as 2/2/1: In this case, the global minimum is 1. |
   * zone1 | zone2 | zone3 | |  P P  |  P P  |   P   | - if MaxSkew is 1, incoming pod can only
   * be scheduled to zone3 to become 2/2/2; scheduling it onto zone1(zone2) would make the
   * ActualSkew(3-1) on zone1(zone2) violate MaxSkew(1). - if MaxSkew is 2, incoming pod can be
   * scheduled onto any zone. When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher
   * precedence to topologies that satisfy it. It's a required field. Default value is 1 and 0 is
   * not allowed.
   *
   * @return maxSkew
   */
  public Integer getMaxSkew() {
    return maxSkew;
  }

  public void setMaxSkew(Integer maxSkew) {
    this.maxSkew = maxSkew;
  }

  public V1TopologySpreadConstraint minDomains(Integer minDomains) {
    this.minDomains = minDomains;
    return this;
  }

  /**
   * MinDomains indicates a minimum number of eligible domains. When the number of eligible
   * domains with matching topology keys is less than minDomains, Pod Topology Spread treats
   * "global minimum" as 0, and then the calculation of Skew is performed. And when the number of
   * eligible domains with matching topology keys equals or greater than minDomains, this value
   * has no effect on scheduling. As a result, when the number of eligible domains is less than
   * minDomains, scheduler won't schedule more than maxSkew Pods to those domains. If value is
   * nil, the constraint behaves as if MinDomains is equal to 1. Valid values are integers
   * greater than 0. When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
   *
   * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with
   * the same labelSelector spread as 2/2/2: | zone1 | zone2 | zone3 | |  P P  |  P P  |  P P  |
   * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0. In
   * this situation, new pod with the same labelSelector cannot be scheduled, because computed
   * skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones, it will violate
   * MaxSkew.
   *
   * @return minDomains
   */
  public Integer getMinDomains() {
    return minDomains;
  }

  public void setMinDomains(Integer minDomains) {
    this.minDomains = minDomains;
  }

  public V1TopologySpreadConstraint nodeAffinityPolicy(String nodeAffinityPolicy) {
    this.nodeAffinityPolicy = nodeAffinityPolicy;
    return this;
  }

  /**
   * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector when
   * calculating pod topology spread skew. Options are: - Honor: only nodes matching
   * nodeAffinity/nodeSelector are included in the calculations. - Ignore:
   * nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
   *
   * If this value is nil, the behavior is equivalent to the Honor policy.
   *
   * @return nodeAffinityPolicy
   */
  public String getNodeAffinityPolicy() {
    return nodeAffinityPolicy;
  }

  public void setNodeAffinityPolicy(String nodeAffinityPolicy) {
    this.nodeAffinityPolicy = nodeAffinityPolicy;
  }

  public V1TopologySpreadConstraint nodeTaintsPolicy(String nodeTaintsPolicy) {
    this.nodeTaintsPolicy = nodeTaintsPolicy;
    return this;
  }

  /**
   * NodeTaintsPolicy indicates how we will treat node taints when calculating pod topology
   * spread skew. Options are: - Honor: nodes without taints, along with tainted nodes for which
   * the incoming pod has a toleration, are included. - Ignore: node taints are ignored. All
   * nodes are included.
   *
   * If this value is nil, the behavior is equivalent to the Ignore policy.
   *
   * @return nodeTaintsPolicy
   */
  public String getNodeTaintsPolicy() {
    return nodeTaintsPolicy;
  }

  public void setNodeTaintsPolicy(String nodeTaintsPolicy) {
    this.nodeTaintsPolicy = nodeTaintsPolicy;
  }

  public V1TopologySpreadConstraint topologyKey(String topologyKey) {
    this.topologyKey = topologyKey;
    return this;
  }

  /**
   * TopologyKey is the key of node labels. Nodes that have a label with this key and identical
   * values are considered to be in the same topology. We consider each &lt;key, value&gt; as a
   * "bucket", and try to put balanced number of pods into each bucket. We define a domain as a
   * particular instance of a topology. Also, we define an eligible domain as a domain whose
   * nodes meet the requirements of nodeAffinityPolicy and nodeTaintsPolicy. e.g. If TopologyKey
   * is "kubernetes.io/hostname", each Node is a domain of that topology. And, if TopologyKey is
   * "topology.kubernetes.io/zone", each zone is a domain of that topology. It's a required
   * field.
   *
   * @return topologyKey
   */
  public String getTopologyKey() {
    return topologyKey;
  }

  public void setTopologyKey(String topologyKey) {
    this.topologyKey = topologyKey;
  }

  public V1TopologySpreadConstraint whenUnsatisfiable(String whenUnsatisfiable) {
    this.whenUnsatisfiable = whenUnsatisfiable;
    return this;
  }

  /**
   * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy the spread
   * constraint. - DoNotSchedule (default) tells the scheduler not to schedule it. -
   * ScheduleAnyway tells the scheduler to schedule the pod in any location,
   *   but giving higher precedence to topologies that would help reduce the
   *   skew.
   * A constraint is considered "Unsatisfiable" for an incoming pod if and only if every possible
   * node assignment for that pod would violate "MaxSkew" on some topology. For example, in a
   * 3-zone cluster, MaxSkew is set to 1, and pods with the same labelSelector spread as 3/1/1: |
   * zone1 | zone2 | zone3 | | P P P |   P   |   P   | If WhenUnsatisfiable is set to
   * DoNotSchedule, incoming pod can only be scheduled to zone2(zone3) to become 3/2/1(3/1/2) as
   * ActualSkew(2-1) on zone2(zone3) satisfies MaxSkew(1). In other words, the cluster can still
   * be imbalanced, but scheduler won't make it *more* imbalanced. It's a required field.
   *
   * @return whenUnsatisfiable
   */
  public String getWhenUnsatisfiable() {
    return whenUnsatisfiable;
  }

  public void setWhenUnsatisfiable(String whenUnsatisfiable) {
    this.whenUnsatisfiable = whenUnsatisfiable;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1TopologySpreadConstraint that = (V1TopologySpreadConstraint) other;
    return Objects.equals(labelSelector, that.labelSelector)
        && Objects.equals(matchLabelKeys, that.matchLabelKeys)
        && Objects.equals(maxSkew, that.maxSkew)
        && Objects.equals(minDomains, that.minDomains)
        && Objects.equals(nodeAffinityPolicy, that.nodeAffinityPolicy)
        && Objects.equals(nodeTaintsPolicy, that.nodeTaintsPolicy)
        && Objects.equals(topologyKey, that.topologyKey)
        && Objects.equals(whenUnsatisfiable, that.whenUnsatisfiable);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labelSelector, matchLabelKeys, maxSkew, minDomains, nodeAffinityPolicy, nodeTaintsPolicy, topologyKey, whenUnsatisfiable);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TopologySpreadConstraint {\n");
    sb.append("    labelSelector: ").append(String.valueOf(labelSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    matchLabelKeys: ").append(String.valueOf(matchLabelKeys).replace("\n", "\n    ")).append('\n');
    sb.append("    maxSkew: ").append(maxSkew).append('\n');
    sb.append("    minDomains: ").append(minDomains).append('\n');
    sb.append("    nodeAffinityPolicy: ").append(nodeAffinityPolicy).append('\n');
    sb.append("    nodeTaintsPolicy: ").append(nodeTaintsPolicy).append('\n');
    sb.append("    topologyKey: ").append(topologyKey).append('\n');
    sb.append("    whenUnsatisfiable: ").append(whenUnsatisfiable).append('\n');
    return sb.append("}").toString();
  }
}
