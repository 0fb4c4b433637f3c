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
 * CompositePodGroupSchedulingPolicy defines the scheduling configuration for a
 * CompositePodGroup. Exactly one policy must be set.
 */
public class V1beta1CompositePodGroupSchedulingPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "basic",
      "gang");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1CompositePodGroupSchedulingPolicy> CODEC = new Codec<V1beta1CompositePodGroupSchedulingPolicy>() {
    @Override
    public V1beta1CompositePodGroupSchedulingPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1CompositePodGroupSchedulingPolicy)");
      }
      V1beta1CompositePodGroupSchedulingPolicy o = new V1beta1CompositePodGroupSchedulingPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.basic = V1beta1CompositeBasicSchedulingPolicy.CODEC.read(p);
            break;
          case 1:
            o.gang = V1beta1CompositeGangSchedulingPolicy.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1CompositePodGroupSchedulingPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.basic != null) {
        g.writeFieldName("basic");
        V1beta1CompositeBasicSchedulingPolicy.CODEC.write(g, o.basic);
      }
      if (o.gang != null) {
        g.writeFieldName("gang");
        V1beta1CompositeGangSchedulingPolicy.CODEC.write(g, o.gang);
      }
      g.writeEndObject();
    }
  };

  private V1beta1CompositeBasicSchedulingPolicy basic;

  private V1beta1CompositeGangSchedulingPolicy gang;

  public V1beta1CompositePodGroupSchedulingPolicy basic(V1beta1CompositeBasicSchedulingPolicy basic) {
    this.basic = basic;
    return this;
  }

  /**
   * basic specifies that the groups of this composite group should be scheduled independently.
   * This field is immutable.
   *
   * @return basic
   */
  public V1beta1CompositeBasicSchedulingPolicy getBasic() {
    return basic;
  }

  public void setBasic(V1beta1CompositeBasicSchedulingPolicy basic) {
    this.basic = basic;
  }

  public V1beta1CompositePodGroupSchedulingPolicy gang(V1beta1CompositeGangSchedulingPolicy gang) {
    this.gang = gang;
    return this;
  }

  /**
   * gang specifies that the groups of this composite group should be scheduled using
   * all-or-nothing semantics.
   *
   * @return gang
   */
  public V1beta1CompositeGangSchedulingPolicy getGang() {
    return gang;
  }

  public void setGang(V1beta1CompositeGangSchedulingPolicy gang) {
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
    V1beta1CompositePodGroupSchedulingPolicy that = (V1beta1CompositePodGroupSchedulingPolicy) other;
    return Objects.equals(basic, that.basic)
        && Objects.equals(gang, that.gang);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basic, gang);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1CompositePodGroupSchedulingPolicy {\n");
    sb.append("    basic: ").append(String.valueOf(basic).replace("\n", "\n    ")).append('\n');
    sb.append("    gang: ").append(String.valueOf(gang).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
