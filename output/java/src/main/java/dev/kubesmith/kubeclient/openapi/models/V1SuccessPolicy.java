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
 * SuccessPolicy describes when a Job can be declared as succeeded based on the success of some
 * indexes.
 */
public class V1SuccessPolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "rules");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SuccessPolicy> CODEC = new Codec<V1SuccessPolicy>() {
    @Override
    public V1SuccessPolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SuccessPolicy)");
      }
      V1SuccessPolicy o = new V1SuccessPolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.rules = Codecs.listOf(V1SuccessPolicyRule.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SuccessPolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.rules != null) {
        g.writeFieldName("rules");
        Codecs.listOf(V1SuccessPolicyRule.CODEC).write(g, o.rules);
      }
      g.writeEndObject();
    }
  };

  private List<V1SuccessPolicyRule> rules;

  public V1SuccessPolicy rules(List<V1SuccessPolicyRule> rules) {
    this.rules = rules;
    return this;
  }

  public V1SuccessPolicy addRulesItem(V1SuccessPolicyRule item) {
    if (this.rules == null) {
      this.rules = new ArrayList<>();
    }
    this.rules.add(item);
    return this;
  }

  /**
   * rules represents the list of alternative rules for the declaring the Jobs as successful
   * before `.status.succeeded &gt;= .spec.completions`. Once any of the rules are met, the
   * "SuccessCriteriaMet" condition is added, and the lingering pods are removed. The terminal
   * state for such a Job has the "Complete" condition. Additionally, these rules are evaluated
   * in order; Once the Job meets one of the rules, other rules are ignored. At most 20 elements
   * are allowed.
   *
   * @return rules
   */
  public List<V1SuccessPolicyRule> getRules() {
    return rules;
  }

  public void setRules(List<V1SuccessPolicyRule> rules) {
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
    V1SuccessPolicy that = (V1SuccessPolicy) other;
    return Objects.equals(rules, that.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SuccessPolicy {\n");
    sb.append("    rules: ").append(String.valueOf(rules).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
