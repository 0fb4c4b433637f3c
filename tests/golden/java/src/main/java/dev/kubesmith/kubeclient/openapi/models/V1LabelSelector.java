package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null label
 * selector matches no objects.
 */
public class V1LabelSelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "matchExpressions",
      "matchLabels");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LabelSelector> CODEC = new Codec<V1LabelSelector>() {
    @Override
    public V1LabelSelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LabelSelector)");
      }
      V1LabelSelector o = new V1LabelSelector();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.matchExpressions = Codecs.listOf(V1LabelSelectorRequirement.CODEC).read(p);
            break;
          case 1:
            o.matchLabels = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LabelSelector o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.matchExpressions != null) {
        g.writeFieldName("matchExpressions");
        Codecs.listOf(V1LabelSelectorRequirement.CODEC).write(g, o.matchExpressions);
      }
      if (o.matchLabels != null) {
        g.writeFieldName("matchLabels");
        Codecs.mapOf(Codecs.STRING).write(g, o.matchLabels);
      }
      g.writeEndObject();
    }
  };

  private List<V1LabelSelectorRequirement> matchExpressions;

  private Map<String, String> matchLabels;

  public V1LabelSelector matchExpressions(List<V1LabelSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
    return this;
  }

  public V1LabelSelector addMatchExpressionsItem(V1LabelSelectorRequirement item) {
    if (this.matchExpressions == null) {
      this.matchExpressions = new ArrayList<>();
    }
    this.matchExpressions.add(item);
    return this;
  }

  /**
   * matchExpressions is a list of label selector requirements. The requirements are ANDed.
   *
   * @return matchExpressions
   */
  public List<V1LabelSelectorRequirement> getMatchExpressions() {
    return matchExpressions;
  }

  public void setMatchExpressions(List<V1LabelSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
  }

  public V1LabelSelector matchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels;
    return this;
  }

  public V1LabelSelector putMatchLabelsItem(String key, String item) {
    if (this.matchLabels == null) {
      this.matchLabels = new LinkedHashMap<>();
    }
    this.matchLabels.put(key, item);
    return this;
  }

  /**
   * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is
   * equivalent to an element of matchExpressions, whose key field is "key", the operator is
   * "In", and the values array contains only "value". The requirements are ANDed.
   *
   * @return matchLabels
   */
  public Map<String, String> getMatchLabels() {
    return matchLabels;
  }

  public void setMatchLabels(Map<String, String> matchLabels) {
    this.matchLabels = matchLabels;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1LabelSelector that = (V1LabelSelector) other;
    return Objects.equals(matchExpressions, that.matchExpressions)
        && Objects.equals(matchLabels, that.matchLabels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchExpressions, matchLabels);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LabelSelector {\n");
    sb.append("    matchExpressions: ").append(String.valueOf(matchExpressions).replace("\n", "\n    ")).append('\n');
    sb.append("    matchLabels: ").append(String.valueOf(matchLabels).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
