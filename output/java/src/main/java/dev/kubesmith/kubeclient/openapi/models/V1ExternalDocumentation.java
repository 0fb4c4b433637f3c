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
 * ExternalDocumentation allows referencing an external resource for extended documentation.
 */
public class V1ExternalDocumentation {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "description",
      "url");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ExternalDocumentation> CODEC = new Codec<V1ExternalDocumentation>() {
    @Override
    public V1ExternalDocumentation read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ExternalDocumentation)");
      }
      V1ExternalDocumentation o = new V1ExternalDocumentation();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.description = Codecs.STRING.read(p);
            break;
          case 1:
            o.url = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ExternalDocumentation o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.description != null) {
        g.writeFieldName("description");
        Codecs.STRING.write(g, o.description);
      }
      if (o.url != null) {
        g.writeFieldName("url");
        Codecs.STRING.write(g, o.url);
      }
      g.writeEndObject();
    }
  };

  private String description;

  private String url;

  public V1ExternalDocumentation description(String description) {
    this.description = description;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return description
   */
  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public V1ExternalDocumentation url(String url) {
    this.url = url;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return url
   */
  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ExternalDocumentation that = (V1ExternalDocumentation) other;
    return Objects.equals(description, that.description)
        && Objects.equals(url, that.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(description, url);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ExternalDocumentation {\n");
    sb.append("    description: ").append(description).append('\n');
    sb.append("    url: ").append(url).append('\n');
    return sb.append("}").toString();
  }
}
