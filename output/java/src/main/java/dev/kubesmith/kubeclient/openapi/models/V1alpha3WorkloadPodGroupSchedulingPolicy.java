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
 * WorkloadPodGroupSchedulingPolicy defines the scheduling policy for a group of pods managed
 * by a workload controller. Exactly one policy must be set.
 */
public class V1alpha3WorkloadPodGroupSchedulingPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "basic",
      "gang");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3WorkloadPodGroupSchedulingPolicy> CODEC = new Codec<V1alpha3WorkloadPodGroupSchedulingPolicy>() {
    @Override
    public V1alpha3WorkloadPodGroupSchedulingPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3WorkloadPodGroupSchedulingPolicy)");
      }
      V1alpha3WorkloadPodGroupSchedulingPolicy o = new V1alpha3WorkloadPodGroupSchedulingPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.basic = V1alpha3WorkloadPodGroupBasicSchedulingPolicy.CODEC.read(p);
            break;
          case 1:
            o.gang = V1alpha3WorkloadPodGroupGangSchedulingPolicy.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3WorkloadPodGroupSchedulingPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.basic != null) {
        g.writeFieldName("basic");
        V1alpha3WorkloadPodGroupBasicSchedulingPolicy.CODEC.write(g, o.basic);
      }
      if (o.gang != null) {
        g.writeFieldName("gang");
        V1alpha3WorkloadPodGroupGangSchedulingPolicy.CODEC.write(g, o.gang);
      }
      g.writeEndObject();
    }
  };

  private V1alpha3WorkloadPodGroupBasicSchedulingPolicy basic;

  private V1alpha3WorkloadPodGroupGangSchedulingPolicy gang;

  public V1alpha3WorkloadPodGroupSchedulingPolicy basic(V1alpha3WorkloadPodGroupBasicSchedulingPolicy basic) {
    this.basic = basic;
    return this;
  }

  /**
   * basic specifies that standard, pod-by-pod Kubernetes scheduling behavior should be used.
   *
   * @return basic
   */
  public V1alpha3WorkloadPodGroupBasicSchedulingPolicy getBasic() {
    return basic;
  }

  public void setBasic(V1alpha3WorkloadPodGroupBasicSchedulingPolicy basic) {
    this.basic = basic;
  }

  public V1alpha3WorkloadPodGroupSchedulingPolicy gang(V1alpha3WorkloadPodGroupGangSchedulingPolicy gang) {
    this.gang = gang;
    return this;
  }

  /**
   * gang specifies all-or-nothing scheduling semantics.
   *
   * @return gang
   */
  public V1alpha3WorkloadPodGroupGangSchedulingPolicy getGang() {
    return gang;
  }

  public void setGang(V1alpha3WorkloadPodGroupGangSchedulingPolicy gang) {
    this.gang = gang;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3WorkloadPodGroupSchedulingPolicy that = (V1alpha3WorkloadPodGroupSchedulingPolicy) other;
    return Objects.equals(basic, that.basic)
        && Objects.equals(gang, that.gang);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basic, gang);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3WorkloadPodGroupSchedulingPolicy {\n");
    sb.append("    basic: ").append(String.valueOf(basic).replace("\n", "\n    ")).append('\n');
    sb.append("    gang: ").append(String.valueOf(gang).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
