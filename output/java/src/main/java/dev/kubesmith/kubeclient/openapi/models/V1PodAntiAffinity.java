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
 * Pod anti affinity is a group of inter pod anti affinity scheduling rules.
 */
public class V1PodAntiAffinity {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "preferredDuringSchedulingIgnoredDuringExecution",
      "requiredDuringSchedulingIgnoredDuringExecution");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodAntiAffinity> CODEC = new Codec<V1PodAntiAffinity>() {
    @Override
    public V1PodAntiAffinity read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodAntiAffinity)");
      }
      V1PodAntiAffinity o = new V1PodAntiAffinity();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.preferredDuringSchedulingIgnoredDuringExecution = Codecs.listOf(V1WeightedPodAffinityTerm.CODEC).read(p);
            break;
          case 1:
            o.requiredDuringSchedulingIgnoredDuringExecution = Codecs.listOf(V1PodAffinityTerm.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodAntiAffinity o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.preferredDuringSchedulingIgnoredDuringExecution != null) {
        g.writeFieldName("preferredDuringSchedulingIgnoredDuringExecution");
        Codecs.listOf(V1WeightedPodAffinityTerm.CODEC).write(g, o.preferredDuringSchedulingIgnoredDuringExecution);
      }
      if (o.requiredDuringSchedulingIgnoredDuringExecution != null) {
        g.writeFieldName("requiredDuringSchedulingIgnoredDuringExecution");
        Codecs.listOf(V1PodAffinityTerm.CODEC).write(g, o.requiredDuringSchedulingIgnoredDuringExecution);
      }
      g.writeEndObject();
    }
  };

  private List<V1WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution;

  private List<V1PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution;

  public V1PodAntiAffinity preferredDuringSchedulingIgnoredDuringExecution(List<V1WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution) {
    this.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution;
    return this;
  }

  public V1PodAntiAffinity addPreferredDuringSchedulingIgnoredDuringExecutionItem(V1WeightedPodAffinityTerm item) {
    if (this.preferredDuringSchedulingIgnoredDuringExecution == null) {
      this.preferredDuringSchedulingIgnoredDuringExecution = new ArrayList<>();
    }
    this.preferredDuringSchedulingIgnoredDuringExecution.add(item);
    return this;
  }

  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the anti-affinity
   * expressions specified by this field, but it may choose a node that violates one or more of
   * the expressions. The node that is most preferred is the one with the greatest sum of
   * weights, i.e. for each node that meets all of the scheduling requirements (resource request,
   * requiredDuringScheduling anti-affinity expressions, etc.), compute a sum by iterating
   * through the elements of this field and subtracting "weight" from the sum if the node has
   * pods which matches the corresponding podAffinityTerm; the node(s) with the highest sum are
   * the most preferred.
   *
   * @return preferredDuringSchedulingIgnoredDuringExecution
   */
  public List<V1WeightedPodAffinityTerm> getPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution;
  }

  public void setPreferredDuringSchedulingIgnoredDuringExecution(List<V1WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution) {
    this.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution;
  }

  public V1PodAntiAffinity requiredDuringSchedulingIgnoredDuringExecution(List<V1PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution) {
    this.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution;
    return this;
  }

  public V1PodAntiAffinity addRequiredDuringSchedulingIgnoredDuringExecutionItem(V1PodAffinityTerm item) {
    if (this.requiredDuringSchedulingIgnoredDuringExecution == null) {
      this.requiredDuringSchedulingIgnoredDuringExecution = new ArrayList<>();
    }
    this.requiredDuringSchedulingIgnoredDuringExecution.add(item);
    return this;
  }

  /**
   * If the anti-affinity requirements specified by this field are not met at scheduling time,
   * the pod will not be scheduled onto the node. If the anti-affinity requirements specified by
   * this field cease to be met at some point during pod execution (e.g. due to a pod label
   * update), the system may or may not try to eventually evict the pod from its node. When there
   * are multiple elements, the lists of nodes corresponding to each podAffinityTerm are
   * intersected, i.e. all terms must be satisfied.
   *
   * @return requiredDuringSchedulingIgnoredDuringExecution
   */
  public List<V1PodAffinityTerm> getRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution;
  }

  public void setRequiredDuringSchedulingIgnoredDuringExecution(List<V1PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution) {
    this.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodAntiAffinity that = (V1PodAntiAffinity) other;
    return Objects.equals(preferredDuringSchedulingIgnoredDuringExecution, that.preferredDuringSchedulingIgnoredDuringExecution)
        && Objects.equals(requiredDuringSchedulingIgnoredDuringExecution, that.requiredDuringSchedulingIgnoredDuringExecution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(preferredDuringSchedulingIgnoredDuringExecution, requiredDuringSchedulingIgnoredDuringExecution);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodAntiAffinity {\n");
    sb.append("    preferredDuringSchedulingIgnoredDuringExecution: ").append(String.valueOf(preferredDuringSchedulingIgnoredDuringExecution).replace("\n", "\n    ")).append('\n');
    sb.append("    requiredDuringSchedulingIgnoredDuringExecution: ").append(String.valueOf(requiredDuringSchedulingIgnoredDuringExecution).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
