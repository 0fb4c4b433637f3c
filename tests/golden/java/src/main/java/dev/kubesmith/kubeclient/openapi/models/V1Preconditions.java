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
 * Preconditions must be fulfilled before an operation (update, delete, etc.) is carried out.
 */
public class V1Preconditions {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "resourceVersion",
      "uid");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Preconditions> CODEC = new Codec<V1Preconditions>() {
    @Override
    public V1Preconditions read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Preconditions)");
      }
      V1Preconditions o = new V1Preconditions();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.resourceVersion = Codecs.STRING.read(p);
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
    public void write(JsonGenerator g, V1Preconditions o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.resourceVersion != null) {
        g.writeFieldName("resourceVersion");
        Codecs.STRING.write(g, o.resourceVersion);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.STRING.write(g, o.uid);
      }
      g.writeEndObject();
    }
  };

  private String resourceVersion;

  private String uid;

  public V1Preconditions resourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return this;
  }

  /**
   * Specifies the target ResourceVersion
   *
   * @return resourceVersion
   */
  public String getResourceVersion() {
    return resourceVersion;
  }

  public void setResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
  }

  public V1Preconditions uid(String uid) {
    this.uid = uid;
    return this;
  }

  /**
   * Specifies the target UID.
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
    V1Preconditions that = (V1Preconditions) other;
    return Objects.equals(resourceVersion, that.resourceVersion)
        && Objects.equals(uid, that.uid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resourceVersion, uid);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Preconditions {\n");
    sb.append("    resourceVersion: ").append(resourceVersion).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    return sb.append("}").toString();
  }
}
