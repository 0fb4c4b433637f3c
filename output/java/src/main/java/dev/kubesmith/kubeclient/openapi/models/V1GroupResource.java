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
 * GroupResource specifies a Group and a Resource, but does not force a version.  This is
 * useful for identifying concepts during lookup stages without having partially valid types
 */
public class V1GroupResource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "group",
      "resource");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1GroupResource> CODEC = new Codec<V1GroupResource>() {
    @Override
    public V1GroupResource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1GroupResource)");
      }
      V1GroupResource o = new V1GroupResource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.group = Codecs.STRING.read(p);
            break;
          case 1:
            o.resource = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1GroupResource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.group != null) {
        g.writeFieldName("group");
        Codecs.STRING.write(g, o.group);
      }
      if (o.resource != null) {
        g.writeFieldName("resource");
        Codecs.STRING.write(g, o.resource);
      }
      g.writeEndObject();
    }
  };

  private String group;

  private String resource;

  public V1GroupResource group(String group) {
    this.group = group;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return group
   */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public V1GroupResource resource(String resource) {
    this.resource = resource;
    return this;
  }

  /**
   * (no description in the spec)
   *
   * @return resource
   */
  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1GroupResource that = (V1GroupResource) other;
    return Objects.equals(group, that.group)
        && Objects.equals(resource, that.resource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, resource);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1GroupResource {\n");
    sb.append("    group: ").append(group).append('\n');
    sb.append("    resource: ").append(resource).append('\n');
    return sb.append("}").toString();
  }
}
