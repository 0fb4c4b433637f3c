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
 * Represents a Quobyte mount that lasts the lifetime of a pod. Quobyte volumes do not support
 * ownership management or SELinux relabeling.
 */
public class V1QuobyteVolumeSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "group",
      "readOnly",
      "registry",
      "tenant",
      "user",
      "volume");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1QuobyteVolumeSource> CODEC = new Codec<V1QuobyteVolumeSource>() {
    @Override
    public V1QuobyteVolumeSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1QuobyteVolumeSource)");
      }
      V1QuobyteVolumeSource o = new V1QuobyteVolumeSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.group = Codecs.STRING.read(p);
            break;
          case 1:
            o.readOnly = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.registry = Codecs.STRING.read(p);
            break;
          case 3:
            o.tenant = Codecs.STRING.read(p);
            break;
          case 4:
            o.user = Codecs.STRING.read(p);
            break;
          case 5:
            o.volume = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1QuobyteVolumeSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.group != null) {
        g.writeFieldName("group");
        Codecs.STRING.write(g, o.group);
      }
      if (o.readOnly != null) {
        g.writeFieldName("readOnly");
        Codecs.BOOLEAN.write(g, o.readOnly);
      }
      if (o.registry != null) {
        g.writeFieldName("registry");
        Codecs.STRING.write(g, o.registry);
      }
      if (o.tenant != null) {
        g.writeFieldName("tenant");
        Codecs.STRING.write(g, o.tenant);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.STRING.write(g, o.user);
      }
      if (o.volume != null) {
        g.writeFieldName("volume");
        Codecs.STRING.write(g, o.volume);
      }
      g.writeEndObject();
    }
  };

  private String group;

  private Boolean readOnly;

  private String registry;

  private String tenant;

  private String user;

  private String volume;

  public V1QuobyteVolumeSource group(String group) {
    this.group = group;
    return this;
  }

  /**
   * group to map volume access to Default is no group
   *
   * @return group
   */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public V1QuobyteVolumeSource readOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return this;
  }

  /**
   * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
   * Defaults to false.
   *
   * @return readOnly
   */
  public Boolean getReadOnly() {
    return readOnly;
  }

  public void setReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
  }

  public V1QuobyteVolumeSource registry(String registry) {
    this.registry = registry;
    return this;
  }

  /**
   * registry represents a single or multiple Quobyte Registry services specified as a string as
   * host:port pair (multiple entries are separated with commas) which acts as the central
   * registry for volumes
   *
   * @return registry
   */
  public String getRegistry() {
    return registry;
  }

  public void setRegistry(String registry) {
    this.registry = registry;
  }

  public V1QuobyteVolumeSource tenant(String tenant) {
    this.tenant = tenant;
    return this;
  }

  /**
   * tenant owning the given Quobyte volume in the Backend Used with dynamically provisioned
   * Quobyte volumes, value is set by the plugin
   *
   * @return tenant
   */
  public String getTenant() {
    return tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  public V1QuobyteVolumeSource user(String user) {
    this.user = user;
    return this;
  }

  /**
   * user to map volume access to Defaults to serivceaccount user
   *
   * @return user
   */
  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public V1QuobyteVolumeSource volume(String volume) {
    this.volume = volume;
    return this;
  }

  /**
   * volume is a string that references an already created Quobyte volume by name.
   *
   * @return volume
   */
  public String getVolume() {
    return volume;
  }

  public void setVolume(String volume) {
    this.volume = volume;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1QuobyteVolumeSource that = (V1QuobyteVolumeSource) other;
    return Objects.equals(group, that.group)
        && Objects.equals(readOnly, that.readOnly)
        && Objects.equals(registry, that.registry)
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(user, that.user)
        && Objects.equals(volume, that.volume);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, readOnly, registry, tenant, user, volume);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1QuobyteVolumeSource {\n");
    sb.append("    group: ").append(group).append('\n');
    sb.append("    readOnly: ").append(readOnly).append('\n');
    sb.append("    registry: ").append(registry).append('\n');
    sb.append("    tenant: ").append(tenant).append('\n');
    sb.append("    user: ").append(user).append('\n');
    sb.append("    volume: ").append(volume).append('\n');
    return sb.append("}").toString();
  }
}
