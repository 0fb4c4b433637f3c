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
 * SecretKeySelector selects a key of a Secret.
 */
public class V1SecretKeySelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "key",
      "name",
      "optional");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SecretKeySelector> CODEC = new Codec<V1SecretKeySelector>() {
    @Override
    public V1SecretKeySelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SecretKeySelector)");
      }
      V1SecretKeySelector o = new V1SecretKeySelector();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.key = Codecs.STRING.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          case 2:
            o.optional = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SecretKeySelector o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.key != null) {
        g.writeFieldName("key");
        Codecs.STRING.write(g, o.key);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.optional != null) {
        g.writeFieldName("optional");
        Codecs.BOOLEAN.write(g, o.optional);
      }
      g.writeEndObject();
    }
  };

  private String key;

  private String name;

  private Boolean optional;

  public V1SecretKeySelector key(String key) {
    this.key = key;
    return this;
  }

  /**
   * The key of the secret to select from.  Must be a valid secret key.
   *
   * @return key
   */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public V1SecretKeySelector name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name of the referent. This field is effectively required, but due to backwards compatibility
   * is allowed to be empty. Instances of this type with an empty value here are almost certainly
   * wrong. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1SecretKeySelector optional(Boolean optional) {
    this.optional = optional;
    return this;
  }

  /**
   * Specify whether the Secret or its key must be defined
   *
   * @return optional
   */
  public Boolean getOptional() {
    return optional;
  }

  public void setOptional(Boolean optional) {
    this.optional = optional;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SecretKeySelector that = (V1SecretKeySelector) other;
    return Objects.equals(key, that.key)
        && Objects.equals(name, that.name)
        && Objects.equals(optional, that.optional);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, name, optional);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SecretKeySelector {\n");
    sb.append("    key: ").append(key).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    optional: ").append(optional).append('\n');
    return sb.append("}").toString();
  }
}
