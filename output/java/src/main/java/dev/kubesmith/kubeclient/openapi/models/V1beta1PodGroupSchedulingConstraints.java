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
 * PodGroupSchedulingConstraints defines scheduling constraints (e.g. topology) for a PodGroup.
 */
public class V1beta1PodGroupSchedulingConstraints {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "topology");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1PodGroupSchedulingConstraints> CODEC = new Codec<V1beta1PodGroupSchedulingConstraints>() {
    @Override
    public V1beta1PodGroupSchedulingConstraints read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1PodGroupSchedulingConstraints)");
      }
      V1beta1PodGroupSchedulingConstraints o = new V1beta1PodGroupSchedulingConstraints();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.topology = Codecs.listOf(V1beta1TopologyConstraint.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1PodGroupSchedulingConstraints o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.topology != null) {
        g.writeFieldName("topology");
        Codecs.listOf(V1beta1TopologyConstraint.CODEC).write(g, o.topology);
      }
      g.writeEndObject();
    }
  };

  private List<V1beta1TopologyConstraint> topology;

  public V1beta1PodGroupSchedulingConstraints topology(List<V1beta1TopologyConstraint> topology) {
    this.topology = topology;
    return this;
  }

  public V1beta1PodGroupSchedulingConstraints addTopologyItem(V1beta1TopologyConstraint item) {
    if (this.topology == null) {
      this.topology = new ArrayList<>();
    }
    this.topology.add(item);
    return this;
  }

  /**
   * topology defines the topology constraints for the pod group. Currently only a single
   * topology constraint can be specified. This may change in the future.
   *
   * @return topology
   */
  public List<V1beta1TopologyConstraint> getTopology() {
    return topology;
  }

  public void setTopology(List<V1beta1TopologyConstraint> topology) {
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
    V1beta1PodGroupSchedulingConstraints that = (V1beta1PodGroupSchedulingConstraints) other;
    return Objects.equals(topology, that.topology);
  }

  @Override
  public int hashCode() {
    return Objects.hash(topology);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1PodGroupSchedulingConstraints {\n");
    sb.append("    topology: ").append(String.valueOf(topology).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
