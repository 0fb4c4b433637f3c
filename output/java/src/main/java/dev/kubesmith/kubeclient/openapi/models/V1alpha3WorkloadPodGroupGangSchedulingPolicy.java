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
 * WorkloadPodGroupGangSchedulingPolicy defines the parameters for gang (all-or-nothing)
 * scheduling.
 */
public class V1alpha3WorkloadPodGroupGangSchedulingPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "minCount");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3WorkloadPodGroupGangSchedulingPolicy> CODEC = new Codec<V1alpha3WorkloadPodGroupGangSchedulingPolicy>() {
    @Override
    public V1alpha3WorkloadPodGroupGangSchedulingPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3WorkloadPodGroupGangSchedulingPolicy)");
      }
      V1alpha3WorkloadPodGroupGangSchedulingPolicy o = new V1alpha3WorkloadPodGroupGangSchedulingPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.minCount = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3WorkloadPodGroupGangSchedulingPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.minCount != null) {
        g.writeFieldName("minCount");
        Codecs.INT32.write(g, o.minCount);
      }
      g.writeEndObject();
    }
  };

  private Integer minCount;

  public V1alpha3WorkloadPodGroupGangSchedulingPolicy minCount(Integer minCount) {
    this.minCount = minCount;
    return this;
  }

  /**
   * minCount is the minimum number of pods that must be scheduled at the same time for the
   * scheduler to admit the entire group. This field is optional. If it is not specified, the
   * controller should inject a context-specific sane default (e.g., parallelism for a Job). If
   * set, it must be a positive integer.
   *
   * @return minCount
   */
  public Integer getMinCount() {
    return minCount;
  }

  public void setMinCount(Integer minCount) {
    this.minCount = minCount;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3WorkloadPodGroupGangSchedulingPolicy that = (V1alpha3WorkloadPodGroupGangSchedulingPolicy) other;
    return Objects.equals(minCount, that.minCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minCount);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3WorkloadPodGroupGangSchedulingPolicy {\n");
    sb.append("    minCount: ").append(minCount).append('\n');
    return sb.append("}").toString();
  }
}
