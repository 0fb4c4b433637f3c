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
 * FieldSelectorAttributes indicates a field limited access. Webhook authors are encouraged to
 * * ensure rawSelector and requirements are not both set * consider the requirements field if
 * set * not try to parse or consider the rawSelector field if set. This is to avoid another
 * CVE-2022-2880 (i.e. getting different systems to agree on how exactly to parse a query is
 * not something we want), see https://www.oxeye.io/resources/golang-parameter-smuggling-attack
 * for more details. For the *SubjectAccessReview endpoints of the kube-apiserver: * If
 * rawSelector is empty and requirements are empty, the request is not limited. * If
 * rawSelector is present and requirements are empty, the rawSelector will be parsed and
 * limited if the parsing succeeds. * If rawSelector is empty and requirements are present, the
 * requirements should be honored * If rawSelector is present and requirements are present, the
 * request is invalid.
 */
public class V1FieldSelectorAttributes {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "rawSelector",
      "requirements");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1FieldSelectorAttributes> CODEC = new Codec<V1FieldSelectorAttributes>() {
    @Override
    public V1FieldSelectorAttributes read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1FieldSelectorAttributes)");
      }
      V1FieldSelectorAttributes o = new V1FieldSelectorAttributes();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.rawSelector = Codecs.STRING.read(p);
            break;
          case 1:
            o.requirements = Codecs.listOf(V1FieldSelectorRequirement.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1FieldSelectorAttributes o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.rawSelector != null) {
        g.writeFieldName("rawSelector");
        Codecs.STRING.write(g, o.rawSelector);
      }
      if (o.requirements != null) {
        g.writeFieldName("requirements");
        Codecs.listOf(V1FieldSelectorRequirement.CODEC).write(g, o.requirements);
      }
      g.writeEndObject();
    }
  };

  private String rawSelector;

  private List<V1FieldSelectorRequirement> requirements;

  public V1FieldSelectorAttributes rawSelector(String rawSelector) {
    this.rawSelector = rawSelector;
    return this;
  }

  /**
   * rawSelector is the serialization of a field selector that would be included in a query
   * parameter. Webhook implementations are encouraged to ignore rawSelector. The
   * kube-apiserver's *SubjectAccessReview will parse the rawSelector as long as the requirements
   * are not present.
   *
   * @return rawSelector
   */
  public String getRawSelector() {
    return rawSelector;
  }

  public void setRawSelector(String rawSelector) {
    this.rawSelector = rawSelector;
  }

  public V1FieldSelectorAttributes requirements(List<V1FieldSelectorRequirement> requirements) {
    this.requirements = requirements;
    return this;
  }

  public V1FieldSelectorAttributes addRequirementsItem(V1FieldSelectorRequirement item) {
    if (this.requirements == null) {
      this.requirements = new ArrayList<>();
    }
    this.requirements.add(item);
    return this;
  }

  /**
   * requirements is the parsed interpretation of a field selector. All requirements must be met
   * for a resource instance to match the selector. Webhook implementations should handle
   * requirements, but how to handle them is up to the webhook. Since requirements can only limit
   * the request, it is safe to authorize as unlimited request if the requirements are not
   * understood.
   *
   * @return requirements
   */
  public List<V1FieldSelectorRequirement> getRequirements() {
    return requirements;
  }

  public void setRequirements(List<V1FieldSelectorRequirement> requirements) {
    this.requirements = requirements;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1FieldSelectorAttributes that = (V1FieldSelectorAttributes) other;
    return Objects.equals(rawSelector, that.rawSelector)
        && Objects.equals(requirements, that.requirements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rawSelector, requirements);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1FieldSelectorAttributes {\n");
    sb.append("    rawSelector: ").append(rawSelector).append('\n');
    sb.append("    requirements: ").append(String.valueOf(requirements).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
