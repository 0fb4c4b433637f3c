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
 * ServiceAccountSubject holds detailed information for service-account-kind subject.
 */
public class V1ServiceAccountSubject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "namespace");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServiceAccountSubject> CODEC = new Codec<V1ServiceAccountSubject>() {
    @Override
    public V1ServiceAccountSubject read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServiceAccountSubject)");
      }
      V1ServiceAccountSubject o = new V1ServiceAccountSubject();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.namespace = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServiceAccountSubject o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.namespace != null) {
        g.writeFieldName("namespace");
        Codecs.STRING.write(g, o.namespace);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private String namespace;

  public V1ServiceAccountSubject name(String name) {
    this.name = name;
    return this;
  }

  /**
   * `name` is the name of matching ServiceAccount objects, or "*" to match regardless of name.
   * Required.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ServiceAccountSubject namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * `namespace` is the namespace of matching ServiceAccount objects. Required.
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
    V1ServiceAccountSubject that = (V1ServiceAccountSubject) other;
    return Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServiceAccountSubject {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespace: ").append(namespace).append('\n');
    return sb.append("}").toString();
  }
}
