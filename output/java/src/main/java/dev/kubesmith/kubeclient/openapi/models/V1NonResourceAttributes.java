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
 * NonResourceAttributes includes the authorization attributes available for non-resource
 * requests to the Authorizer interface
 */
public class V1NonResourceAttributes {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "path",
      "verb");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NonResourceAttributes> CODEC = new Codec<V1NonResourceAttributes>() {
    @Override
    public V1NonResourceAttributes read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NonResourceAttributes)");
      }
      V1NonResourceAttributes o = new V1NonResourceAttributes();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.path = Codecs.STRING.read(p);
            break;
          case 1:
            o.verb = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NonResourceAttributes o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.verb != null) {
        g.writeFieldName("verb");
        Codecs.STRING.write(g, o.verb);
      }
      g.writeEndObject();
    }
  };

  private String path;

  private String verb;

  public V1NonResourceAttributes path(String path) {
    this.path = path;
    return this;
  }

  /**
   * path is the URL path of the request
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1NonResourceAttributes verb(String verb) {
    this.verb = verb;
    return this;
  }

  /**
   * verb is the standard HTTP verb
   *
   * @return verb
   */
  public String getVerb() {
    return verb;
  }

  public void setVerb(String verb) {
    this.verb = verb;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NonResourceAttributes that = (V1NonResourceAttributes) other;
    return Objects.equals(path, that.path)
        && Objects.equals(verb, that.verb);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, verb);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NonResourceAttributes {\n");
    sb.append("    path: ").append(path).append('\n');
    sb.append("    verb: ").append(verb).append('\n');
    return sb.append("}").toString();
  }
}
