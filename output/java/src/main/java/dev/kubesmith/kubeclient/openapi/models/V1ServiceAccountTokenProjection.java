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
 * ServiceAccountTokenProjection represents a projected service account token volume. This
 * projection can be used to insert a service account token into the pods runtime filesystem
 * for use against APIs (Kubernetes API Server or otherwise).
 */
public class V1ServiceAccountTokenProjection {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "audience",
      "expirationSeconds",
      "path",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServiceAccountTokenProjection> CODEC = new Codec<V1ServiceAccountTokenProjection>() {
    @Override
    public V1ServiceAccountTokenProjection read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServiceAccountTokenProjection)");
      }
      V1ServiceAccountTokenProjection o = new V1ServiceAccountTokenProjection();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.audience = Codecs.STRING.read(p);
            break;
          case 1:
            o.expirationSeconds = Codecs.INT64.read(p);
            break;
          case 2:
            o.path = Codecs.STRING.read(p);
            break;
          case 3:
            o.user = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServiceAccountTokenProjection o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.audience != null) {
        g.writeFieldName("audience");
        Codecs.STRING.write(g, o.audience);
      }
      if (o.expirationSeconds != null) {
        g.writeFieldName("expirationSeconds");
        Codecs.INT64.write(g, o.expirationSeconds);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.INT64.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private String audience;

  private Long expirationSeconds;

  private String path;

  private Long user;

  public V1ServiceAccountTokenProjection audience(String audience) {
    this.audience = audience;
    return this;
  }

  /**
   * audience is the intended audience of the token. A recipient of a token must identify itself
   * with an identifier specified in the audience of the token, and otherwise should reject the
   * token. The audience defaults to the identifier of the apiserver.
   *
   * @return audience
   */
  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public V1ServiceAccountTokenProjection expirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
    return this;
  }

  /**
   * expirationSeconds is the requested duration of validity of the service account token. As the
   * token approaches expiration, the kubelet volume plugin will proactively rotate the service
   * account token. The kubelet will start trying to rotate the token if the token is older than
   * 80 percent of its time to live or if the token is older than 24 hours.Defaults to 1 hour and
   * must be at least 10 minutes.
   *
   * @return expirationSeconds
   */
  public Long getExpirationSeconds() {
    return expirationSeconds;
  }

  public void setExpirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
  }

  public V1ServiceAccountTokenProjection path(String path) {
    this.path = path;
    return this;
  }

  /**
   * path is the path relative to the mount point of the file to project the token into.
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1ServiceAccountTokenProjection user(Long user) {
    this.user = user;
    return this;
  }

  /**
   * user is Optional: The owner UID of the created file. If specified, the item-level user field
   * takes precedence over defaultUser. (Alpha) This field requires the
   * AtomicWriteVolumeUserFields feature gate to be enabled.
   *
   * @return user
   */
  public Long getUser() {
    return user;
  }

  public void setUser(Long user) {
    this.user = user;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ServiceAccountTokenProjection that = (V1ServiceAccountTokenProjection) other;
    return Objects.equals(audience, that.audience)
        && Objects.equals(expirationSeconds, that.expirationSeconds)
        && Objects.equals(path, that.path)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(audience, expirationSeconds, path, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServiceAccountTokenProjection {\n");
    sb.append("    audience: ").append(audience).append('\n');
    sb.append("    expirationSeconds: ").append(expirationSeconds).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    user: ").append(user).append('\n');
    return sb.append("}").toString();
  }
}
