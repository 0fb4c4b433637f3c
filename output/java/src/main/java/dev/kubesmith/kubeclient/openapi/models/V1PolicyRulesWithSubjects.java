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
 * PolicyRulesWithSubjects prescribes a test that applies to a request to an apiserver. The
 * test considers the subject making the request, the verb being requested, and the resource to
 * be acted upon. This PolicyRulesWithSubjects matches a request if and only if both (a) at
 * least one member of subjects matches the request and (b) at least one member of
 * resourceRules or nonResourceRules matches the request.
 */
public class V1PolicyRulesWithSubjects {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "nonResourceRules",
      "resourceRules",
      "subjects");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PolicyRulesWithSubjects> CODEC = new Codec<V1PolicyRulesWithSubjects>() {
    @Override
    public V1PolicyRulesWithSubjects read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PolicyRulesWithSubjects)");
      }
      V1PolicyRulesWithSubjects o = new V1PolicyRulesWithSubjects();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.nonResourceRules = Codecs.listOf(V1NonResourcePolicyRule.CODEC).read(p);
            break;
          case 1:
            o.resourceRules = Codecs.listOf(V1ResourcePolicyRule.CODEC).read(p);
            break;
          case 2:
            o.subjects = Codecs.listOf(FlowcontrolV1Subject.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PolicyRulesWithSubjects o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.nonResourceRules != null) {
        g.writeFieldName("nonResourceRules");
        Codecs.listOf(V1NonResourcePolicyRule.CODEC).write(g, o.nonResourceRules);
      }
      if (o.resourceRules != null) {
        g.writeFieldName("resourceRules");
        Codecs.listOf(V1ResourcePolicyRule.CODEC).write(g, o.resourceRules);
      }
      if (o.subjects != null) {
        g.writeFieldName("subjects");
        Codecs.listOf(FlowcontrolV1Subject.CODEC).write(g, o.subjects);
      }
      g.writeEndObject();
    }
  };

  private List<V1NonResourcePolicyRule> nonResourceRules;

  private List<V1ResourcePolicyRule> resourceRules;

  private List<FlowcontrolV1Subject> subjects;

  public V1PolicyRulesWithSubjects nonResourceRules(List<V1NonResourcePolicyRule> nonResourceRules) {
    this.nonResourceRules = nonResourceRules;
    return this;
  }

  public V1PolicyRulesWithSubjects addNonResourceRulesItem(V1NonResourcePolicyRule item) {
    if (this.nonResourceRules == null) {
      this.nonResourceRules = new ArrayList<>();
    }
    this.nonResourceRules.add(item);
    return this;
  }

  /**
   * `nonResourceRules` is a list of NonResourcePolicyRules that identify matching requests
   * according to their verb and the target non-resource URL.
   *
   * @return nonResourceRules
   */
  public List<V1NonResourcePolicyRule> getNonResourceRules() {
    return nonResourceRules;
  }

  public void setNonResourceRules(List<V1NonResourcePolicyRule> nonResourceRules) {
    this.nonResourceRules = nonResourceRules;
  }

  public V1PolicyRulesWithSubjects resourceRules(List<V1ResourcePolicyRule> resourceRules) {
    this.resourceRules = resourceRules;
    return this;
  }

  public V1PolicyRulesWithSubjects addResourceRulesItem(V1ResourcePolicyRule item) {
    if (this.resourceRules == null) {
      this.resourceRules = new ArrayList<>();
    }
    this.resourceRules.add(item);
    return this;
  }

  /**
   * `resourceRules` is a slice of ResourcePolicyRules that identify matching requests according
   * to their verb and the target resource. At least one of `resourceRules` and
   * `nonResourceRules` has to be non-empty.
   *
   * @return resourceRules
   */
  public List<V1ResourcePolicyRule> getResourceRules() {
    return resourceRules;
  }

  public void setResourceRules(List<V1ResourcePolicyRule> resourceRules) {
    this.resourceRules = resourceRules;
  }

  public V1PolicyRulesWithSubjects subjects(List<FlowcontrolV1Subject> subjects) {
    this.subjects = subjects;
    return this;
  }

  public V1PolicyRulesWithSubjects addSubjectsItem(FlowcontrolV1Subject item) {
    if (this.subjects == null) {
      this.subjects = new ArrayList<>();
    }
    this.subjects.add(item);
    return this;
  }

  /**
   * subjects is the list of normal user, serviceaccount, or group that this rule cares about.
   * There must be at least one member in this slice. A slice that includes both the
   * system:authenticated and system:unauthenticated user groups matches every request. Required.
   *
   * @return subjects
   */
  public List<FlowcontrolV1Subject> getSubjects() {
    return subjects;
  }

  public void setSubjects(List<FlowcontrolV1Subject> subjects) {
    this.subjects = subjects;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PolicyRulesWithSubjects that = (V1PolicyRulesWithSubjects) other;
    return Objects.equals(nonResourceRules, that.nonResourceRules)
        && Objects.equals(resourceRules, that.resourceRules)
        && Objects.equals(subjects, that.subjects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nonResourceRules, resourceRules, subjects);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PolicyRulesWithSubjects {\n");
    sb.append("    nonResourceRules: ").append(String.valueOf(nonResourceRules).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceRules: ").append(String.valueOf(resourceRules).replace("\n", "\n    ")).append('\n');
    sb.append("    subjects: ").append(String.valueOf(subjects).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
