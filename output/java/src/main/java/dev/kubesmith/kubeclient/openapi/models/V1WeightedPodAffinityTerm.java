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
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find
 * the most preferred node(s)
 */
public class V1WeightedPodAffinityTerm {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "podAffinityTerm",
      "weight");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1WeightedPodAffinityTerm> CODEC = new Codec<V1WeightedPodAffinityTerm>() {
    @Override
    public V1WeightedPodAffinityTerm read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1WeightedPodAffinityTerm)");
      }
      V1WeightedPodAffinityTerm o = new V1WeightedPodAffinityTerm();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.podAffinityTerm = V1PodAffinityTerm.CODEC.read(p);
            break;
          case 1:
            o.weight = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1WeightedPodAffinityTerm o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.podAffinityTerm != null) {
        g.writeFieldName("podAffinityTerm");
        V1PodAffinityTerm.CODEC.write(g, o.podAffinityTerm);
      }
      if (o.weight != null) {
        g.writeFieldName("weight");
        Codecs.INT32.write(g, o.weight);
      }
      g.writeEndObject();
    }
  };

  private V1PodAffinityTerm podAffinityTerm;

  private Integer weight;

  public V1WeightedPodAffinityTerm podAffinityTerm(V1PodAffinityTerm podAffinityTerm) {
    this.podAffinityTerm = podAffinityTerm;
    return this;
  }

  /**
   * Required. A pod affinity term, associated with the corresponding weight.
   *
   * @return podAffinityTerm
   */
  public V1PodAffinityTerm getPodAffinityTerm() {
    return podAffinityTerm;
  }

  public void setPodAffinityTerm(V1PodAffinityTerm podAffinityTerm) {
    this.podAffinityTerm = podAffinityTerm;
  }

  public V1WeightedPodAffinityTerm weight(Integer weight) {
    this.weight = weight;
    return this;
  }

  /**
   * weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
   *
   * @return weight
   */
  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1WeightedPodAffinityTerm that = (V1WeightedPodAffinityTerm) other;
    return Objects.equals(podAffinityTerm, that.podAffinityTerm)
        && Objects.equals(weight, that.weight);
  }

  @Override
  public int hashCode() {
    return Objects.hash(podAffinityTerm, weight);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1WeightedPodAffinityTerm {\n");
    sb.append("    podAffinityTerm: ").append(String.valueOf(podAffinityTerm).replace("\n", "\n    ")).append('\n');
    sb.append("    weight: ").append(weight).append('\n');
    return sb.append("}").toString();
  }
}
