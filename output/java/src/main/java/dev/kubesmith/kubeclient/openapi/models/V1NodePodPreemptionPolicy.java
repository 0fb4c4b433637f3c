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
 * NodePodPreemptionPolicy defines the node-level policies governing preemption for pods on
 * this node.
 */
public class V1NodePodPreemptionPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "disableResizePreemption");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodePodPreemptionPolicy> CODEC = new Codec<V1NodePodPreemptionPolicy>() {
    @Override
    public V1NodePodPreemptionPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodePodPreemptionPolicy)");
      }
      V1NodePodPreemptionPolicy o = new V1NodePodPreemptionPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.disableResizePreemption = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodePodPreemptionPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.disableResizePreemption != null) {
        g.writeFieldName("disableResizePreemption");
        Codecs.listOf(Codecs.STRING).write(g, o.disableResizePreemption);
      }
      g.writeEndObject();
    }
  };

  private List<String> disableResizePreemption;

  public V1NodePodPreemptionPolicy disableResizePreemption(List<String> disableResizePreemption) {
    this.disableResizePreemption = disableResizePreemption;
    return this;
  }

  public V1NodePodPreemptionPolicy addDisableResizePreemptionItem(String item) {
    if (this.disableResizePreemption == null) {
      this.disableResizePreemption = new ArrayList<>();
    }
    this.disableResizePreemption.add(item);
    return this;
  }

  /**
   * DisableResizePreemption lists the owners (e.g., autoscalers, operators, administrators) that
   * have requested to disable scheduler and Kubelet preemption for in-place pod resize on this
   * node. If this list is non-empty, resize-induced preemption is disabled on this node. This is
   * an alpha field and requires enabling the InPlacePodVerticalScalingSchedulerPreemption
   * feature gate.
   *
   * @return disableResizePreemption
   */
  public List<String> getDisableResizePreemption() {
    return disableResizePreemption;
  }

  public void setDisableResizePreemption(List<String> disableResizePreemption) {
    this.disableResizePreemption = disableResizePreemption;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodePodPreemptionPolicy that = (V1NodePodPreemptionPolicy) other;
    return Objects.equals(disableResizePreemption, that.disableResizePreemption);
  }

  @Override
  public int hashCode() {
    return Objects.hash(disableResizePreemption);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodePodPreemptionPolicy {\n");
    sb.append("    disableResizePreemption: ").append(String.valueOf(disableResizePreemption).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
