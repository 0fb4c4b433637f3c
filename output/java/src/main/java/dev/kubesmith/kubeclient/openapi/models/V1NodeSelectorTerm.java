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
 * A null or empty node selector term matches no objects. The requirements of them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 */
public class V1NodeSelectorTerm {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "matchExpressions",
      "matchFields");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeSelectorTerm> CODEC = new Codec<V1NodeSelectorTerm>() {
    @Override
    public V1NodeSelectorTerm read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeSelectorTerm)");
      }
      V1NodeSelectorTerm o = new V1NodeSelectorTerm();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.matchExpressions = Codecs.listOf(V1NodeSelectorRequirement.CODEC).read(p);
            break;
          case 1:
            o.matchFields = Codecs.listOf(V1NodeSelectorRequirement.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeSelectorTerm o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.matchExpressions != null) {
        g.writeFieldName("matchExpressions");
        Codecs.listOf(V1NodeSelectorRequirement.CODEC).write(g, o.matchExpressions);
      }
      if (o.matchFields != null) {
        g.writeFieldName("matchFields");
        Codecs.listOf(V1NodeSelectorRequirement.CODEC).write(g, o.matchFields);
      }
      g.writeEndObject();
    }
  };

  private List<V1NodeSelectorRequirement> matchExpressions;

  private List<V1NodeSelectorRequirement> matchFields;

  public V1NodeSelectorTerm matchExpressions(List<V1NodeSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
    return this;
  }

  public V1NodeSelectorTerm addMatchExpressionsItem(V1NodeSelectorRequirement item) {
    if (this.matchExpressions == null) {
      this.matchExpressions = new ArrayList<>();
    }
    this.matchExpressions.add(item);
    return this;
  }

  /**
   * A list of node selector requirements by node's labels.
   *
   * @return matchExpressions
   */
  public List<V1NodeSelectorRequirement> getMatchExpressions() {
    return matchExpressions;
  }

  public void setMatchExpressions(List<V1NodeSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
  }

  public V1NodeSelectorTerm matchFields(List<V1NodeSelectorRequirement> matchFields) {
    this.matchFields = matchFields;
    return this;
  }

  public V1NodeSelectorTerm addMatchFieldsItem(V1NodeSelectorRequirement item) {
    if (this.matchFields == null) {
      this.matchFields = new ArrayList<>();
    }
    this.matchFields.add(item);
    return this;
  }

  /**
   * A list of node selector requirements by node's fields.
   *
   * @return matchFields
   */
  public List<V1NodeSelectorRequirement> getMatchFields() {
    return matchFields;
  }

  public void setMatchFields(List<V1NodeSelectorRequirement> matchFields) {
    this.matchFields = matchFields;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeSelectorTerm that = (V1NodeSelectorTerm) other;
    return Objects.equals(matchExpressions, that.matchExpressions)
        && Objects.equals(matchFields, that.matchFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchExpressions, matchFields);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeSelectorTerm {\n");
    sb.append("    matchExpressions: ").append(String.valueOf(matchExpressions).replace("\n", "\n    ")).append('\n');
    sb.append("    matchFields: ").append(String.valueOf(matchFields).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
