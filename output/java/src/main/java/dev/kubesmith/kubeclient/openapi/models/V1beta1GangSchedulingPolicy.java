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
 * GangSchedulingPolicy defines the parameters for gang scheduling.
 */
public class V1beta1GangSchedulingPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "minCount");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1GangSchedulingPolicy> CODEC = new Codec<V1beta1GangSchedulingPolicy>() {
    @Override
    public V1beta1GangSchedulingPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1GangSchedulingPolicy)");
      }
      V1beta1GangSchedulingPolicy o = new V1beta1GangSchedulingPolicy();
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
    public void write(JsonGenerator g, V1beta1GangSchedulingPolicy o) throws IOException {
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

  public V1beta1GangSchedulingPolicy minCount(Integer minCount) {
    this.minCount = minCount;
    return this;
  }

  /**
   * minCount is the minimum number of pods that must be schedulable or scheduled at the same
   * time for the scheduler to admit the entire group. It must be a positive integer. This field
   * is mutable to support workload scaling.
   *
   * Note that the scheduler operates on an eventually consistent model. Updates to minCount may
   * not be immediately reflected in scheduling decisions due to propagation delays. If minCount
   * is updated while a scheduling cycle is in progress for that group, the new value may not
   * take effect until the next cycle. Moreover, minCount is only enforced during scheduling,
   * meaning that modifications to this field do not affect already-scheduled pods, applying only
   * to those evaluated in future cycles.
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
    V1beta1GangSchedulingPolicy that = (V1beta1GangSchedulingPolicy) other;
    return Objects.equals(minCount, that.minCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minCount);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1GangSchedulingPolicy {\n");
    sb.append("    minCount: ").append(minCount).append('\n');
    return sb.append("}").toString();
  }
}
