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
 * WorkloadPodGroupSchedulingConstraints defines leaf-level scheduling constraints, such as
 * topology.
 */
public class V1alpha3WorkloadPodGroupSchedulingConstraints {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "topology");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3WorkloadPodGroupSchedulingConstraints> CODEC = new Codec<V1alpha3WorkloadPodGroupSchedulingConstraints>() {
    @Override
    public V1alpha3WorkloadPodGroupSchedulingConstraints read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3WorkloadPodGroupSchedulingConstraints)");
      }
      V1alpha3WorkloadPodGroupSchedulingConstraints o = new V1alpha3WorkloadPodGroupSchedulingConstraints();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.topology = Codecs.listOf(V1alpha3TopologyConstraint.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3WorkloadPodGroupSchedulingConstraints o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.topology != null) {
        g.writeFieldName("topology");
        Codecs.listOf(V1alpha3TopologyConstraint.CODEC).write(g, o.topology);
      }
      g.writeEndObject();
    }
  };

  private List<V1alpha3TopologyConstraint> topology;

  public V1alpha3WorkloadPodGroupSchedulingConstraints topology(List<V1alpha3TopologyConstraint> topology) {
    this.topology = topology;
    return this;
  }

  public V1alpha3WorkloadPodGroupSchedulingConstraints addTopologyItem(V1alpha3TopologyConstraint item) {
    if (this.topology == null) {
      this.topology = new ArrayList<>();
    }
    this.topology.add(item);
    return this;
  }

  /**
   * topology specifies desired topological placements for all pods within the pod group. If
   * unset, no topology placement is requested.
   *
   * @return topology
   */
  public List<V1alpha3TopologyConstraint> getTopology() {
    return topology;
  }

  public void setTopology(List<V1alpha3TopologyConstraint> topology) {
    this.topology = topology;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3WorkloadPodGroupSchedulingConstraints that = (V1alpha3WorkloadPodGroupSchedulingConstraints) other;
    return Objects.equals(topology, that.topology);
  }

  @Override
  public int hashCode() {
    return Objects.hash(topology);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3WorkloadPodGroupSchedulingConstraints {\n");
    sb.append("    topology: ").append(String.valueOf(topology).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
