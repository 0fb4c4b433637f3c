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
 * SubjectRulesReviewStatus contains the result of a rules check. This check can be incomplete
 * depending on the set of authorizers the server is configured with and any errors experienced
 * during evaluation. Because authorization rules are additive, if a rule appears in a list
 * it's safe to assume the subject has that permission, even if that list is incomplete.
 */
public class V1SubjectRulesReviewStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "evaluationError",
      "incomplete",
      "nonResourceRules",
      "resourceRules");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SubjectRulesReviewStatus> CODEC = new Codec<V1SubjectRulesReviewStatus>() {
    @Override
    public V1SubjectRulesReviewStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SubjectRulesReviewStatus)");
      }
      V1SubjectRulesReviewStatus o = new V1SubjectRulesReviewStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.evaluationError = Codecs.STRING.read(p);
            break;
          case 1:
            o.incomplete = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.nonResourceRules = Codecs.listOf(V1NonResourceRule.CODEC).read(p);
            break;
          case 3:
            o.resourceRules = Codecs.listOf(V1ResourceRule.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SubjectRulesReviewStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.evaluationError != null) {
        g.writeFieldName("evaluationError");
        Codecs.STRING.write(g, o.evaluationError);
      }
      if (o.incomplete != null) {
        g.writeFieldName("incomplete");
        Codecs.BOOLEAN.write(g, o.incomplete);
      }
      if (o.nonResourceRules != null) {
        g.writeFieldName("nonResourceRules");
        Codecs.listOf(V1NonResourceRule.CODEC).write(g, o.nonResourceRules);
      }
      if (o.resourceRules != null) {
        g.writeFieldName("resourceRules");
        Codecs.listOf(V1ResourceRule.CODEC).write(g, o.resourceRules);
      }
      g.writeEndObject();
    }
  };

  private String evaluationError;

  private Boolean incomplete;

  private List<V1NonResourceRule> nonResourceRules;

  private List<V1ResourceRule> resourceRules;

  public V1SubjectRulesReviewStatus evaluationError(String evaluationError) {
    this.evaluationError = evaluationError;
    return this;
  }

  /**
   * evaluationError can appear in combination with Rules. It indicates an error occurred during
   * rule evaluation, such as an authorizer that doesn't support rule evaluation, and that
   * ResourceRules and/or NonResourceRules may be incomplete.
   *
   * @return evaluationError
   */
  public String getEvaluationError() {
    return evaluationError;
  }

  public void setEvaluationError(String evaluationError) {
    this.evaluationError = evaluationError;
  }

  public V1SubjectRulesReviewStatus incomplete(Boolean incomplete) {
    this.incomplete = incomplete;
    return this;
  }

  /**
   * incomplete is true when the rules returned by this call are incomplete. This is most
   * commonly encountered when an authorizer, such as an external authorizer, doesn't support
   * rules evaluation.
   *
   * @return incomplete
   */
  public Boolean getIncomplete() {
    return incomplete;
  }

  public void setIncomplete(Boolean incomplete) {
    this.incomplete = incomplete;
  }

  public V1SubjectRulesReviewStatus nonResourceRules(List<V1NonResourceRule> nonResourceRules) {
    this.nonResourceRules = nonResourceRules;
    return this;
  }

  public V1SubjectRulesReviewStatus addNonResourceRulesItem(V1NonResourceRule item) {
    if (this.nonResourceRules == null) {
      this.nonResourceRules = new ArrayList<>();
    }
    this.nonResourceRules.add(item);
    return this;
  }

  /**
   * nonResourceRules is the list of actions the subject is allowed to perform on non-resources.
   * The list ordering isn't significant, may contain duplicates, and possibly be incomplete.
   *
   * @return nonResourceRules
   */
  public List<V1NonResourceRule> getNonResourceRules() {
    return nonResourceRules;
  }

  public void setNonResourceRules(List<V1NonResourceRule> nonResourceRules) {
    this.nonResourceRules = nonResourceRules;
  }

  public V1SubjectRulesReviewStatus resourceRules(List<V1ResourceRule> resourceRules) {
    this.resourceRules = resourceRules;
    return this;
  }

  public V1SubjectRulesReviewStatus addResourceRulesItem(V1ResourceRule item) {
    if (this.resourceRules == null) {
      this.resourceRules = new ArrayList<>();
    }
    this.resourceRules.add(item);
    return this;
  }

  /**
   * resourceRules is the list of actions the subject is allowed to perform on resources. The
   * list ordering isn't significant, may contain duplicates, and possibly be incomplete.
   *
   * @return resourceRules
   */
  public List<V1ResourceRule> getResourceRules() {
    return resourceRules;
  }

  public void setResourceRules(List<V1ResourceRule> resourceRules) {
    this.resourceRules = resourceRules;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SubjectRulesReviewStatus that = (V1SubjectRulesReviewStatus) other;
    return Objects.equals(evaluationError, that.evaluationError)
        && Objects.equals(incomplete, that.incomplete)
        && Objects.equals(nonResourceRules, that.nonResourceRules)
        && Objects.equals(resourceRules, that.resourceRules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(evaluationError, incomplete, nonResourceRules, resourceRules);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SubjectRulesReviewStatus {\n");
    sb.append("    evaluationError: ").append(evaluationError).append('\n');
    sb.append("    incomplete: ").append(incomplete).append('\n');
    sb.append("    nonResourceRules: ").append(String.valueOf(nonResourceRules).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceRules: ").append(String.valueOf(resourceRules).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
