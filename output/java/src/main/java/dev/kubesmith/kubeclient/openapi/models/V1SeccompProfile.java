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
 * SeccompProfile defines a pod/container's seccomp profile settings. Only one profile source
 * may be set.
 */
public class V1SeccompProfile {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "localhostProfile",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SeccompProfile> CODEC = new Codec<V1SeccompProfile>() {
    @Override
    public V1SeccompProfile read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SeccompProfile)");
      }
      V1SeccompProfile o = new V1SeccompProfile();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.localhostProfile = Codecs.STRING.read(p);
            break;
          case 1:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SeccompProfile o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.localhostProfile != null) {
        g.writeFieldName("localhostProfile");
        Codecs.STRING.write(g, o.localhostProfile);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private String localhostProfile;

  private String type;

  public V1SeccompProfile localhostProfile(String localhostProfile) {
    this.localhostProfile = localhostProfile;
    return this;
  }

  /**
   * localhostProfile indicates a profile defined in a file on the node should be used. The
   * profile must be preconfigured on the node to work. Must be a descending path, relative to
   * the kubelet's configured seccomp profile location. Must be set if type is "Localhost". Must
   * NOT be set for any other type.
   *
   * @return localhostProfile
   */
  public String getLocalhostProfile() {
    return localhostProfile;
  }

  public void setLocalhostProfile(String localhostProfile) {
    this.localhostProfile = localhostProfile;
  }

  public V1SeccompProfile type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type indicates which kind of seccomp profile will be applied. Valid options are:
   *
   * Localhost - a profile defined in a file on the node should be used. RuntimeDefault - the
   * container runtime default profile should be used. Unconfined - no profile should be applied.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SeccompProfile that = (V1SeccompProfile) other;
    return Objects.equals(localhostProfile, that.localhostProfile)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(localhostProfile, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SeccompProfile {\n");
    sb.append("    localhostProfile: ").append(localhostProfile).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
