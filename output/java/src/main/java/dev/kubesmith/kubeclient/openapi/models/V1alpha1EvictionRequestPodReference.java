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
 * EvictionRequestPodReference contains enough information to locate the referenced pod inside
 * the same namespace.
 */
public class V1alpha1EvictionRequestPodReference {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "uid");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1EvictionRequestPodReference> CODEC = new Codec<V1alpha1EvictionRequestPodReference>() {
    @Override
    public V1alpha1EvictionRequestPodReference read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1EvictionRequestPodReference)");
      }
      V1alpha1EvictionRequestPodReference o = new V1alpha1EvictionRequestPodReference();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.uid = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1EvictionRequestPodReference o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.STRING.write(g, o.uid);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private String uid;

  public V1alpha1EvictionRequestPodReference name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name of the target. This field is required.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1alpha1EvictionRequestPodReference uid(String uid) {
    this.uid = uid;
    return this;
  }

  /**
   * uid of the target. It can be found in .metadata.uid of the target and is a lowercase UUID in
   * 8-4-4-4-12 format. This field is required.
   *
   * @return uid
   */
  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1EvictionRequestPodReference that = (V1alpha1EvictionRequestPodReference) other;
    return Objects.equals(name, that.name)
        && Objects.equals(uid, that.uid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, uid);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1EvictionRequestPodReference {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    return sb.append("}").toString();
  }
}
