package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * SelfSubjectRulesReviewSpec defines the specification for SelfSubjectRulesReview.
 */
public class V1SelfSubjectRulesReviewSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "namespace");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SelfSubjectRulesReviewSpec> CODEC = new Codec<V1SelfSubjectRulesReviewSpec>() {
    @Override
    public V1SelfSubjectRulesReviewSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SelfSubjectRulesReviewSpec)");
      }
      V1SelfSubjectRulesReviewSpec o = new V1SelfSubjectRulesReviewSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.namespace = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SelfSubjectRulesReviewSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.namespace != null) {
        g.writeFieldName("namespace");
        Codecs.STRING.write(g, o.namespace);
      }
      g.writeEndObject();
    }
  };

  private String namespace;

  public V1SelfSubjectRulesReviewSpec namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * namespace to evaluate rules for. Required.
   *
   * @return namespace
   */
  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SelfSubjectRulesReviewSpec that = (V1SelfSubjectRulesReviewSpec) other;
    return Objects.equals(namespace, that.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(namespace);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SelfSubjectRulesReviewSpec {\n");
    sb.append("    namespace: ").append(namespace).append('\n');
    return sb.append("}").toString();
  }
}
