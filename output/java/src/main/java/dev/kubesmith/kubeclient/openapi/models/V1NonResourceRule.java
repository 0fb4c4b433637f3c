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
 * NonResourceRule holds information that describes a rule for the non-resource
 */
public class V1NonResourceRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "nonResourceURLs",
      "verbs");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NonResourceRule> CODEC = new Codec<V1NonResourceRule>() {
    @Override
    public V1NonResourceRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NonResourceRule)");
      }
      V1NonResourceRule o = new V1NonResourceRule();
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
    public void write(JsonGenerator g, V1NonResourceRule o) throws IOException {
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

  public V1NonResourceRule nonResourceURLs(List<String> nonResourceURLs) {
    this.nonResourceURLs = nonResourceURLs;
    return this;
  }

  public V1NonResourceRule addNonResourceURLsItem(String item) {
    if (this.nonResourceURLs == null) {
      this.nonResourceURLs = new ArrayList<>();
    }
    this.nonResourceURLs.add(item);
    return this;
  }

  /**
   * nonResourceURLs is a set of partial urls that a user should have access to.  *s are allowed,
   * but only as the full, final step in the path.  "*" means all.
   *
   * @return nonResourceURLs
   */
  public List<String> getNonResourceURLs() {
    return nonResourceURLs;
  }

  public void setNonResourceURLs(List<String> nonResourceURLs) {
    this.nonResourceURLs = nonResourceURLs;
  }

  public V1NonResourceRule verbs(List<String> verbs) {
    this.verbs = verbs;
    return this;
  }

  public V1NonResourceRule addVerbsItem(String item) {
    if (this.verbs == null) {
      this.verbs = new ArrayList<>();
    }
    this.verbs.add(item);
    return this;
  }

  /**
   * verbs is a list of kubernetes non-resource API verbs, like: get, post, put, delete, patch,
   * head, options.  "*" means all.
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
    V1NonResourceRule that = (V1NonResourceRule) other;
    return Objects.equals(nonResourceURLs, that.nonResourceURLs)
        && Objects.equals(verbs, that.verbs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nonResourceURLs, verbs);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NonResourceRule {\n");
    sb.append("    nonResourceURLs: ").append(String.valueOf(nonResourceURLs).replace("\n", "\n    ")).append('\n');
    sb.append("    verbs: ").append(String.valueOf(verbs).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
