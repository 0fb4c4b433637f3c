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
 * FlowSchemaSpec describes how the FlowSchema's specification looks like.
 */
public class V1FlowSchemaSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "distinguisherMethod",
      "matchingPrecedence",
      "priorityLevelConfiguration",
      "rules");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1FlowSchemaSpec> CODEC = new Codec<V1FlowSchemaSpec>() {
    @Override
    public V1FlowSchemaSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1FlowSchemaSpec)");
      }
      V1FlowSchemaSpec o = new V1FlowSchemaSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.distinguisherMethod = V1FlowDistinguisherMethod.CODEC.read(p);
            break;
          case 1:
            o.matchingPrecedence = Codecs.INT32.read(p);
            break;
          case 2:
            o.priorityLevelConfiguration = V1PriorityLevelConfigurationReference.CODEC.read(p);
            break;
          case 3:
            o.rules = Codecs.listOf(V1PolicyRulesWithSubjects.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1FlowSchemaSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.distinguisherMethod != null) {
        g.writeFieldName("distinguisherMethod");
        V1FlowDistinguisherMethod.CODEC.write(g, o.distinguisherMethod);
      }
      if (o.matchingPrecedence != null) {
        g.writeFieldName("matchingPrecedence");
        Codecs.INT32.write(g, o.matchingPrecedence);
      }
      if (o.priorityLevelConfiguration != null) {
        g.writeFieldName("priorityLevelConfiguration");
        V1PriorityLevelConfigurationReference.CODEC.write(g, o.priorityLevelConfiguration);
      }
      if (o.rules != null) {
        g.writeFieldName("rules");
        Codecs.listOf(V1PolicyRulesWithSubjects.CODEC).write(g, o.rules);
      }
      g.writeEndObject();
    }
  };

  private V1FlowDistinguisherMethod distinguisherMethod;

  private Integer matchingPrecedence;

  private V1PriorityLevelConfigurationReference priorityLevelConfiguration;

  private List<V1PolicyRulesWithSubjects> rules;

  public V1FlowSchemaSpec distinguisherMethod(V1FlowDistinguisherMethod distinguisherMethod) {
    this.distinguisherMethod = distinguisherMethod;
    return this;
  }

  /**
   * `distinguisherMethod` defines how to compute the flow distinguisher for requests that match
   * this schema. `nil` specifies that the distinguisher is disabled and thus will always be the
   * empty string.
   *
   * @return distinguisherMethod
   */
  public V1FlowDistinguisherMethod getDistinguisherMethod() {
    return distinguisherMethod;
  }

  public void setDistinguisherMethod(V1FlowDistinguisherMethod distinguisherMethod) {
    this.distinguisherMethod = distinguisherMethod;
  }

  public V1FlowSchemaSpec matchingPrecedence(Integer matchingPrecedence) {
    this.matchingPrecedence = matchingPrecedence;
    return this;
  }

  /**
   * `matchingPrecedence` is used to choose among the FlowSchemas that match a given request. The
   * chosen FlowSchema is among those with the numerically lowest (which we take to be logically
   * highest) MatchingPrecedence.  Each MatchingPrecedence value must be ranged in [1,10000].
   * Note that if the precedence is not specified, it will be set to 1000 as default.
   *
   * @return matchingPrecedence
   */
  public Integer getMatchingPrecedence() {
    return matchingPrecedence;
  }

  public void setMatchingPrecedence(Integer matchingPrecedence) {
    this.matchingPrecedence = matchingPrecedence;
  }

  public V1FlowSchemaSpec priorityLevelConfiguration(V1PriorityLevelConfigurationReference priorityLevelConfiguration) {
    this.priorityLevelConfiguration = priorityLevelConfiguration;
    return this;
  }

  /**
   * `priorityLevelConfiguration` should reference a PriorityLevelConfiguration in the cluster.
   * If the reference cannot be resolved, the FlowSchema will be ignored and marked as invalid in
   * its status. Required.
   *
   * @return priorityLevelConfiguration
   */
  public V1PriorityLevelConfigurationReference getPriorityLevelConfiguration() {
    return priorityLevelConfiguration;
  }

  public void setPriorityLevelConfiguration(V1PriorityLevelConfigurationReference priorityLevelConfiguration) {
    this.priorityLevelConfiguration = priorityLevelConfiguration;
  }

  public V1FlowSchemaSpec rules(List<V1PolicyRulesWithSubjects> rules) {
    this.rules = rules;
    return this;
  }

  public V1FlowSchemaSpec addRulesItem(V1PolicyRulesWithSubjects item) {
    if (this.rules == null) {
      this.rules = new ArrayList<>();
    }
    this.rules.add(item);
    return this;
  }

  /**
   * `rules` describes which requests will match this flow schema. This FlowSchema matches a
   * request if and only if at least one member of rules matches the request. if it is an empty
   * slice, there will be no requests matching the FlowSchema.
   *
   * @return rules
   */
  public List<V1PolicyRulesWithSubjects> getRules() {
    return rules;
  }

  public void setRules(List<V1PolicyRulesWithSubjects> rules) {
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
    V1FlowSchemaSpec that = (V1FlowSchemaSpec) other;
    return Objects.equals(distinguisherMethod, that.distinguisherMethod)
        && Objects.equals(matchingPrecedence, that.matchingPrecedence)
        && Objects.equals(priorityLevelConfiguration, that.priorityLevelConfiguration)
        && Objects.equals(rules, that.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(distinguisherMethod, matchingPrecedence, priorityLevelConfiguration, rules);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1FlowSchemaSpec {\n");
    sb.append("    distinguisherMethod: ").append(String.valueOf(distinguisherMethod).replace("\n", "\n    ")).append('\n');
    sb.append("    matchingPrecedence: ").append(matchingPrecedence).append('\n');
    sb.append("    priorityLevelConfiguration: ").append(String.valueOf(priorityLevelConfiguration).replace("\n", "\n    ")).append('\n');
    sb.append("    rules: ").append(String.valueOf(rules).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
