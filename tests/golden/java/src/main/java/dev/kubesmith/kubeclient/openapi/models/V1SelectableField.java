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
 * SelectableField specifies the JSON path of a field that may be used with field selectors.
 */
public class V1SelectableField {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "jsonPath");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SelectableField> CODEC = new Codec<V1SelectableField>() {
    @Override
    public V1SelectableField read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SelectableField)");
      }
      V1SelectableField o = new V1SelectableField();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.jsonPath = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SelectableField o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.jsonPath != null) {
        g.writeFieldName("jsonPath");
        Codecs.STRING.write(g, o.jsonPath);
      }
      g.writeEndObject();
    }
  };

  private String jsonPath;

  public V1SelectableField jsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
    return this;
  }

  /**
   * jsonPath is a simple JSON path which is evaluated against each custom resource to produce a
   * field selector value. Only JSON paths without the array notation are allowed. Must point to
   * a field of type string, boolean or integer. Types with enum values and strings with formats
   * are allowed. If jsonPath refers to absent field in a resource, the jsonPath evaluates to an
   * empty string. Must not point to metdata fields. Required.
   *
   * @return jsonPath
   */
  public String getJsonPath() {
    return jsonPath;
  }

  public void setJsonPath(String jsonPath) {
    this.jsonPath = jsonPath;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SelectableField that = (V1SelectableField) other;
    return Objects.equals(jsonPath, that.jsonPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jsonPath);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SelectableField {\n");
    sb.append("    jsonPath: ").append(jsonPath).append('\n');
    return sb.append("}").toString();
  }
}
