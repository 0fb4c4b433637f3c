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
 * A scope selector represents the AND of the selectors represented by the scoped-resource
 * selector requirements.
 */
public class V1ScopeSelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "matchExpressions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ScopeSelector> CODEC = new Codec<V1ScopeSelector>() {
    @Override
    public V1ScopeSelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ScopeSelector)");
      }
      V1ScopeSelector o = new V1ScopeSelector();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.matchExpressions = Codecs.listOf(V1ScopedResourceSelectorRequirement.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ScopeSelector o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.matchExpressions != null) {
        g.writeFieldName("matchExpressions");
        Codecs.listOf(V1ScopedResourceSelectorRequirement.CODEC).write(g, o.matchExpressions);
      }
      g.writeEndObject();
    }
  };

  private List<V1ScopedResourceSelectorRequirement> matchExpressions;

  public V1ScopeSelector matchExpressions(List<V1ScopedResourceSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
    return this;
  }

  public V1ScopeSelector addMatchExpressionsItem(V1ScopedResourceSelectorRequirement item) {
    if (this.matchExpressions == null) {
      this.matchExpressions = new ArrayList<>();
    }
    this.matchExpressions.add(item);
    return this;
  }

  /**
   * A list of scope selector requirements by scope of the resources.
   *
   * @return matchExpressions
   */
  public List<V1ScopedResourceSelectorRequirement> getMatchExpressions() {
    return matchExpressions;
  }

  public void setMatchExpressions(List<V1ScopedResourceSelectorRequirement> matchExpressions) {
    this.matchExpressions = matchExpressions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ScopeSelector that = (V1ScopeSelector) other;
    return Objects.equals(matchExpressions, that.matchExpressions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matchExpressions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ScopeSelector {\n");
    sb.append("    matchExpressions: ").append(String.valueOf(matchExpressions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
