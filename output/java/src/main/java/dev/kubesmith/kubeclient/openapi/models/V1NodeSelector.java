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
 * A node selector represents the union of the results of one or more label queries over a set
 * of nodes; that is, it represents the OR of the selectors represented by the node selector
 * terms.
 */
public class V1NodeSelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "nodeSelectorTerms");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeSelector> CODEC = new Codec<V1NodeSelector>() {
    @Override
    public V1NodeSelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeSelector)");
      }
      V1NodeSelector o = new V1NodeSelector();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.nodeSelectorTerms = Codecs.listOf(V1NodeSelectorTerm.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeSelector o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.nodeSelectorTerms != null) {
        g.writeFieldName("nodeSelectorTerms");
        Codecs.listOf(V1NodeSelectorTerm.CODEC).write(g, o.nodeSelectorTerms);
      }
      g.writeEndObject();
    }
  };

  private List<V1NodeSelectorTerm> nodeSelectorTerms;

  public V1NodeSelector nodeSelectorTerms(List<V1NodeSelectorTerm> nodeSelectorTerms) {
    this.nodeSelectorTerms = nodeSelectorTerms;
    return this;
  }

  public V1NodeSelector addNodeSelectorTermsItem(V1NodeSelectorTerm item) {
    if (this.nodeSelectorTerms == null) {
      this.nodeSelectorTerms = new ArrayList<>();
    }
    this.nodeSelectorTerms.add(item);
    return this;
  }

  /**
   * Required. A list of node selector terms. The terms are ORed.
   *
   * @return nodeSelectorTerms
   */
  public List<V1NodeSelectorTerm> getNodeSelectorTerms() {
    return nodeSelectorTerms;
  }

  public void setNodeSelectorTerms(List<V1NodeSelectorTerm> nodeSelectorTerms) {
    this.nodeSelectorTerms = nodeSelectorTerms;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeSelector that = (V1NodeSelector) other;
    return Objects.equals(nodeSelectorTerms, that.nodeSelectorTerms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodeSelectorTerms);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeSelector {\n");
    sb.append("    nodeSelectorTerms: ").append(String.valueOf(nodeSelectorTerms).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
