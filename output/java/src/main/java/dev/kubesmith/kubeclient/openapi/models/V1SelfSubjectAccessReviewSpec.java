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
 * SelfSubjectAccessReviewSpec is a description of the access request.  Exactly one of
 * resourceAttributes and nonResourceAttributes must be set
 */
public class V1SelfSubjectAccessReviewSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "nonResourceAttributes",
      "resourceAttributes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SelfSubjectAccessReviewSpec> CODEC = new Codec<V1SelfSubjectAccessReviewSpec>() {
    @Override
    public V1SelfSubjectAccessReviewSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SelfSubjectAccessReviewSpec)");
      }
      V1SelfSubjectAccessReviewSpec o = new V1SelfSubjectAccessReviewSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.nonResourceAttributes = V1NonResourceAttributes.CODEC.read(p);
            break;
          case 1:
            o.resourceAttributes = V1ResourceAttributes.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SelfSubjectAccessReviewSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.nonResourceAttributes != null) {
        g.writeFieldName("nonResourceAttributes");
        V1NonResourceAttributes.CODEC.write(g, o.nonResourceAttributes);
      }
      if (o.resourceAttributes != null) {
        g.writeFieldName("resourceAttributes");
        V1ResourceAttributes.CODEC.write(g, o.resourceAttributes);
      }
      g.writeEndObject();
    }
  };

  private V1NonResourceAttributes nonResourceAttributes;

  private V1ResourceAttributes resourceAttributes;

  public V1SelfSubjectAccessReviewSpec nonResourceAttributes(V1NonResourceAttributes nonResourceAttributes) {
    this.nonResourceAttributes = nonResourceAttributes;
    return this;
  }

  /**
   * nonResourceAttributes describes information for a non-resource access request
   *
   * @return nonResourceAttributes
   */
  public V1NonResourceAttributes getNonResourceAttributes() {
    return nonResourceAttributes;
  }

  public void setNonResourceAttributes(V1NonResourceAttributes nonResourceAttributes) {
    this.nonResourceAttributes = nonResourceAttributes;
  }

  public V1SelfSubjectAccessReviewSpec resourceAttributes(V1ResourceAttributes resourceAttributes) {
    this.resourceAttributes = resourceAttributes;
    return this;
  }

  /**
   * resourceAttributes describes information for a resource access request
   *
   * @return resourceAttributes
   */
  public V1ResourceAttributes getResourceAttributes() {
    return resourceAttributes;
  }

  public void setResourceAttributes(V1ResourceAttributes resourceAttributes) {
    this.resourceAttributes = resourceAttributes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SelfSubjectAccessReviewSpec that = (V1SelfSubjectAccessReviewSpec) other;
    return Objects.equals(nonResourceAttributes, that.nonResourceAttributes)
        && Objects.equals(resourceAttributes, that.resourceAttributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nonResourceAttributes, resourceAttributes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SelfSubjectAccessReviewSpec {\n");
    sb.append("    nonResourceAttributes: ").append(String.valueOf(nonResourceAttributes).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceAttributes: ").append(String.valueOf(resourceAttributes).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
