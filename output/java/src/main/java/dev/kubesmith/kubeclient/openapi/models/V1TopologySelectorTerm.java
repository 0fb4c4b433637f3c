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
 * A topology selector term represents the result of label queries. A null or empty topology
 * selector term matches no objects. The requirements of them are ANDed. It provides a subset
 * of functionality as NodeSelectorTerm. This is an alpha feature and may change in the future.
 */
public class V1TopologySelectorTerm {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "matchLabelExpressions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1TopologySelectorTerm> CODEC = new Codec<V1TopologySelectorTerm>() {
    @Override
    public V1TopologySelectorTerm read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1TopologySelectorTerm)");
      }
      V1TopologySelectorTerm o = new V1TopologySelectorTerm();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.matchLabelExpressions = Codecs.listOf(V1TopologySelectorLabelRequirement.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1TopologySelectorTerm o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.matchLabelExpressions != null) {
        g.writeFieldName("matchLabelExpressions");
        Codecs.listOf(V1TopologySelectorLabelRequirement.CODEC).write(g, o.matchLabelExpressions);
      }
      g.writeEndObject();
    }
  };

  private List<V1TopologySelectorLabelRequirement> matchLabelExpressions;

  public V1TopologySelectorTerm matchLabelExpressions(List<V1TopologySelectorLabelRequirement> matchLabelExpressions) {
    this.matchLabelExpressions = matchLabelExpressions;
    return this;
  }

  public V1TopologySelectorTerm addMatchLabelExpressionsItem(V1TopologySelectorLabelRequirement item) {
    if (this.matchLabelExpressions == null) {
      this.matchLabelExpressions = new ArrayList<>();
    }
    this.matchLabelExpressions.add(item);
    return this;
  }

  /**
   * A list of topology selector requirements by labels.
   *
   * @return matchLabelExpressions
   */
  public List<V1TopologySelectorLabelRequirement> getMatchLabelExpressions() {
    return matchLabelExpressions;
  }

  public void setMatchLabelExpressions(List<V1TopologySelectorLabelRequirement> matchLabelExpressions) {
    this.matchLabelExpressions = matchLabelExpressions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1TopologySelectorTerm that = (V1TopologySelectorTerm) other;
    return Objects.equals(matchLabelExpressions, that.matchLabelExpressions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchLabelExpressions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1TopologySelectorTerm {\n");
    sb.append("    matchLabelExpressions: ").append(String.valueOf(matchLabelExpressions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
