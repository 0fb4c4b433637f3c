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
 * PodGroupSchedulingPolicy defines the scheduling configuration for a PodGroup. Exactly one
 * policy must be set. The policy is chosen at creation time by setting either the Basic or
 * Gang field. The PodGroup may not change policy after creation. Fields within chosen policy
 * may be updated after creation when their individual fields allow it.
 */
public class V1alpha3PodGroupSchedulingPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "basic",
      "gang");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3PodGroupSchedulingPolicy> CODEC = new Codec<V1alpha3PodGroupSchedulingPolicy>() {
    @Override
    public V1alpha3PodGroupSchedulingPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3PodGroupSchedulingPolicy)");
      }
      V1alpha3PodGroupSchedulingPolicy o = new V1alpha3PodGroupSchedulingPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.basic = V1alpha3BasicSchedulingPolicy.CODEC.read(p);
            break;
          case 1:
            o.gang = V1alpha3GangSchedulingPolicy.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3PodGroupSchedulingPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.basic != null) {
        g.writeFieldName("basic");
        V1alpha3BasicSchedulingPolicy.CODEC.write(g, o.basic);
      }
      if (o.gang != null) {
        g.writeFieldName("gang");
        V1alpha3GangSchedulingPolicy.CODEC.write(g, o.gang);
      }
      g.writeEndObject();
    }
  };

  private V1alpha3BasicSchedulingPolicy basic;

  private V1alpha3GangSchedulingPolicy gang;

  public V1alpha3PodGroupSchedulingPolicy basic(V1alpha3BasicSchedulingPolicy basic) {
    this.basic = basic;
    return this;
  }

  /**
   * basic specifies that the pods in this group should be scheduled using standard Kubernetes
   * scheduling behavior. Setting this field at group creation time opts this group to basic
   * scheduling; this field cannot be changed afterward.
   *
   * @return basic
   */
  public V1alpha3BasicSchedulingPolicy getBasic() {
    return basic;
  }

  public void setBasic(V1alpha3BasicSchedulingPolicy basic) {
    this.basic = basic;
  }

  public V1alpha3PodGroupSchedulingPolicy gang(V1alpha3GangSchedulingPolicy gang) {
    this.gang = gang;
    return this;
  }

  /**
   * gang specifies that the pods in this group should be scheduled using all-or-nothing
   * semantics. Setting this field at group creation time opts this group to gang scheduling;
   * this field cannot be set or unset afterward. The minCount field within Gang scheduling
   * policy remains mutable after group creation.
   *
   * @return gang
   */
  public V1alpha3GangSchedulingPolicy getGang() {
    return gang;
  }

  public void setGang(V1alpha3GangSchedulingPolicy gang) {
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
    V1alpha3PodGroupSchedulingPolicy that = (V1alpha3PodGroupSchedulingPolicy) other;
    return Objects.equals(basic, that.basic)
        && Objects.equals(gang, that.gang);
  }

  @Override
  public int hashCode() {
    return Objects.hash(basic, gang);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3PodGroupSchedulingPolicy {\n");
    sb.append("    basic: ").append(String.valueOf(basic).replace("\n", "\n    ")).append('\n');
    sb.append("    gang: ").append(String.valueOf(gang).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
