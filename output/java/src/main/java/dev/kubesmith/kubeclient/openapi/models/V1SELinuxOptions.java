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
 * SELinuxOptions are the labels to be applied to the container
 */
public class V1SELinuxOptions {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "level",
      "role",
      "type",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SELinuxOptions> CODEC = new Codec<V1SELinuxOptions>() {
    @Override
    public V1SELinuxOptions read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SELinuxOptions)");
      }
      V1SELinuxOptions o = new V1SELinuxOptions();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.level = Codecs.STRING.read(p);
            break;
          case 1:
            o.role = Codecs.STRING.read(p);
            break;
          case 2:
            o.type = Codecs.STRING.read(p);
            break;
          case 3:
            o.user = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SELinuxOptions o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.level != null) {
        g.writeFieldName("level");
        Codecs.STRING.write(g, o.level);
      }
      if (o.role != null) {
        g.writeFieldName("role");
        Codecs.STRING.write(g, o.role);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.STRING.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private String level;

  private String role;

  private String type;

  private String user;

  public V1SELinuxOptions level(String level) {
    this.level = level;
    return this;
  }

  /**
   * Level is SELinux level label that applies to the container.
   *
   * @return level
   */
  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public V1SELinuxOptions role(String role) {
    this.role = role;
    return this;
  }

  /**
   * Role is a SELinux role label that applies to the container.
   *
   * @return role
   */
  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public V1SELinuxOptions type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type is a SELinux type label that applies to the container.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public V1SELinuxOptions user(String user) {
    this.user = user;
    return this;
  }

  /**
   * User is a SELinux user label that applies to the container.
   *
   * @return user
   */
  public String getUser() {
    return user;
  }

  public void setUser(String user) {
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
    V1SELinuxOptions that = (V1SELinuxOptions) other;
    return Objects.equals(level, that.level)
        && Objects.equals(role, that.role)
        && Objects.equals(type, that.type)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, role, type, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SELinuxOptions {\n");
    sb.append("    level: ").append(level).append('\n');
    sb.append("    role: ").append(role).append('\n');
    sb.append("    type: ").append(type).append('\n');
    sb.append("    user: ").append(user).append('\n');
    return sb.append("}").toString();
  }
}
