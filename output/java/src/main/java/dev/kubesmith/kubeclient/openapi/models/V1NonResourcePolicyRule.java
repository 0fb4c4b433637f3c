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
 * NonResourcePolicyRule is a predicate that matches non-resource requests according to their
 * verb and the target non-resource URL. A NonResourcePolicyRule matches a request if and only
 * if both (a) at least one member of verbs matches the request and (b) at least one member of
 * nonResourceURLs matches the request.
 */
public class V1NonResourcePolicyRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "nonResourceURLs",
      "verbs");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NonResourcePolicyRule> CODEC = new Codec<V1NonResourcePolicyRule>() {
    @Override
    public V1NonResourcePolicyRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NonResourcePolicyRule)");
      }
      V1NonResourcePolicyRule o = new V1NonResourcePolicyRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.nonResourceURLs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.verbs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NonResourcePolicyRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.nonResourceURLs != null) {
        g.writeFieldName("nonResourceURLs");
        Codecs.listOf(Codecs.STRING).write(g, o.nonResourceURLs);
      }
      if (o.verbs != null) {
        g.writeFieldName("verbs");
        Codecs.listOf(Codecs.STRING).write(g, o.verbs);
      }
      g.writeEndObject();
    }
  };

  private List<String> nonResourceURLs;

  private List<String> verbs;

  public V1NonResourcePolicyRule nonResourceURLs(List<String> nonResourceURLs) {
    this.nonResourceURLs = nonResourceURLs;
    return this;
  }

  public V1NonResourcePolicyRule addNonResourceURLsItem(String item) {
    if (this.nonResourceURLs == null) {
      this.nonResourceURLs = new ArrayList<>();
    }
    this.nonResourceURLs.add(item);
    return this;
  }

  /**
   * `nonResourceURLs` is a set of url prefixes that a user should have access to and may not be
   * empty. For example:
   *   - "/healthz" is legal
   *   - "/hea*" is illegal
   *   - "/hea" is legal but matches nothing
   *   - "/hea/*" also matches nothing
   *   - "/healthz/*" matches all per-component health checks.
   * "*" matches all non-resource urls. if it is present, it must be the only entry. Required.
   *
   * @return nonResourceURLs
   */
  public List<String> getNonResourceURLs() {
    return nonResourceURLs;
  }

  public void setNonResourceURLs(List<String> nonResourceURLs) {
    this.nonResourceURLs = nonResourceURLs;
  }

  public V1NonResourcePolicyRule verbs(List<String> verbs) {
    this.verbs = verbs;
    return this;
  }

  public V1NonResourcePolicyRule addVerbsItem(String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    this.verbs.add(item);
    return this;
  }

  /**
   * `verbs` is a list of matching verbs and may not be empty. "*" matches all verbs. If it is
   * present, it must be the only entry. Required.
   *
   * @return verbs
   */
  public List<String> getVerbs() {
    return verbs;
  }

  public void setVerbs(List<String> verbs) {
    this.verbs = verbs;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NonResourcePolicyRule that = (V1NonResourcePolicyRule) other;
    return Objects.equals(nonResourceURLs, that.nonResourceURLs)
        && Objects.equals(verbs, that.verbs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nonResourceURLs, verbs);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NonResourcePolicyRule {\n");
    sb.append("    nonResourceURLs: ").append(String.valueOf(nonResourceURLs).replace("\n", "\n    ")).append('\n');
    sb.append("    verbs: ").append(String.valueOf(verbs).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
