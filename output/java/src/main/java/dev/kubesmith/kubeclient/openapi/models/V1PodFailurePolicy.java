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
 * PodFailurePolicy describes how failed pods influence the backoffLimit.
 */
public class V1PodFailurePolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "rules");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodFailurePolicy> CODEC = new Codec<V1PodFailurePolicy>() {
    @Override
    public V1PodFailurePolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodFailurePolicy)");
      }
      V1PodFailurePolicy o = new V1PodFailurePolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.rules = Codecs.listOf(V1PodFailurePolicyRule.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodFailurePolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.rules != null) {
        g.writeFieldName("rules");
        Codecs.listOf(V1PodFailurePolicyRule.CODEC).write(g, o.rules);
      }
      g.writeEndObject();
    }
  };

  private List<V1PodFailurePolicyRule> rules;

  public V1PodFailurePolicy rules(List<V1PodFailurePolicyRule> rules) {
    this.rules = rules;
    return this;
  }

  public V1PodFailurePolicy addRulesItem(V1PodFailurePolicyRule item) {
    if (this.rules == null) {
      this.rules = new ArrayList<>();
    }
    this.rules.add(item);
    return this;
  }

  /**
   * A list of pod failure policy rules. The rules are evaluated in order. Once a rule matches a
   * Pod failure, the remaining of the rules are ignored. When no rule matches the Pod failure,
   * the default handling applies - the counter of pod failures is incremented and it is checked
   * against the backoffLimit. At most 20 elements are allowed.
   *
   * @return rules
   */
  public List<V1PodFailurePolicyRule> getRules() {
    return rules;
  }

  public void setRules(List<V1PodFailurePolicyRule> rules) {
    this.rules = rules;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodFailurePolicy that = (V1PodFailurePolicy) other;
    return Objects.equals(rules, that.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodFailurePolicy {\n");
    sb.append("    rules: ").append(String.valueOf(rules).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
