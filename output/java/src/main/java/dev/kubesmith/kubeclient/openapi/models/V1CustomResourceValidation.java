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
 * CustomResourceValidation is a list of validation methods for CustomResources.
 */
public class V1CustomResourceValidation {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "openAPIV3Schema");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceValidation> CODEC = new Codec<V1CustomResourceValidation>() {
    @Override
    public V1CustomResourceValidation read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceValidation)");
      }
      V1CustomResourceValidation o = new V1CustomResourceValidation();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.openAPIV3Schema = V1JSONSchemaProps.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceValidation o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.openAPIV3Schema != null) {
        g.writeFieldName("openAPIV3Schema");
        V1JSONSchemaProps.CODEC.write(g, o.openAPIV3Schema);
      }
      g.writeEndObject();
    }
  };

  private V1JSONSchemaProps openAPIV3Schema;

  public V1CustomResourceValidation openAPIV3Schema(V1JSONSchemaProps openAPIV3Schema) {
    this.openAPIV3Schema = openAPIV3Schema;
    return this;
  }

  /**
   * openAPIV3Schema is the OpenAPI v3 schema to use for validation and pruning.
   *
   * @return openAPIV3Schema
   */
  public V1JSONSchemaProps getOpenAPIV3Schema() {
    return openAPIV3Schema;
  }

  public void setOpenAPIV3Schema(V1JSONSchemaProps openAPIV3Schema) {
    this.openAPIV3Schema = openAPIV3Schema;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceValidation that = (V1CustomResourceValidation) other;
    return Objects.equals(openAPIV3Schema, that.openAPIV3Schema);
  }

  @Override
  public int hashCode() {
    return Objects.hash(openAPIV3Schema);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceValidation {\n");
    sb.append("    openAPIV3Schema: ").append(String.valueOf(openAPIV3Schema).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
