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
 * An empty preferred scheduling term matches all objects with implicit weight 0 (i.e. it's a
 * no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 */
public class V1PreferredSchedulingTerm {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "preference",
      "weight");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PreferredSchedulingTerm> CODEC = new Codec<V1PreferredSchedulingTerm>() {
    @Override
    public V1PreferredSchedulingTerm read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PreferredSchedulingTerm)");
      }
      V1PreferredSchedulingTerm o = new V1PreferredSchedulingTerm();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.preference = V1NodeSelectorTerm.CODEC.read(p);
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
    public void write(JsonGenerator g, V1PreferredSchedulingTerm o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.preference != null) {
        g.writeFieldName("preference");
        V1NodeSelectorTerm.CODEC.write(g, o.preference);
      }
      if (o.weight != null) {
        g.writeFieldName("weight");
        Codecs.INT32.write(g, o.weight);
      }
      g.writeEndObject();
    }
  };

  private V1NodeSelectorTerm preference;

  private Integer weight;

  public V1PreferredSchedulingTerm preference(V1NodeSelectorTerm preference) {
    this.preference = preference;
    return this;
  }

  /**
   * A node selector term, associated with the corresponding weight.
   *
   * @return preference
   */
  public V1NodeSelectorTerm getPreference() {
    return preference;
  }

  public void setPreference(V1NodeSelectorTerm preference) {
    this.preference = preference;
  }

  public V1PreferredSchedulingTerm weight(Integer weight) {
    this.weight = weight;
    return this;
  }

  /**
   * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
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
    V1PreferredSchedulingTerm that = (V1PreferredSchedulingTerm) other;
    return Objects.equals(preference, that.preference)
        && Objects.equals(weight, that.weight);
  }

  @Override
  public int hashCode() {
    return Objects.hash(preference, weight);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PreferredSchedulingTerm {\n");
    sb.append("    preference: ").append(String.valueOf(preference).replace("\n", "\n    ")).append('\n');
    sb.append("    weight: ").append(weight).append('\n');
    return sb.append("}").toString();
  }
}
