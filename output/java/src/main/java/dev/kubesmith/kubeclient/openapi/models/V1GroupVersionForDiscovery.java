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
 * GroupVersion contains the "group/version" and "version" string of a version. It is made a
 * struct to keep extensibility.
 */
public class V1GroupVersionForDiscovery {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "groupVersion",
      "version");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1GroupVersionForDiscovery> CODEC = new Codec<V1GroupVersionForDiscovery>() {
    @Override
    public V1GroupVersionForDiscovery read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1GroupVersionForDiscovery)");
      }
      V1GroupVersionForDiscovery o = new V1GroupVersionForDiscovery();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.groupVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.version = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1GroupVersionForDiscovery o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.groupVersion != null) {
        g.writeFieldName("groupVersion");
        Codecs.STRING.write(g, o.groupVersion);
      }
      if (o.version != null) {
        g.writeFieldName("version");
        Codecs.STRING.write(g, o.version);
      }
      g.writeEndObject();
    }
  };

  private String groupVersion;

  private String version;

  public V1GroupVersionForDiscovery groupVersion(String groupVersion) {
    this.groupVersion = groupVersion;
    return this;
  }

  /**
   * groupVersion specifies the API group and version in the form "group/version"
   *
   * @return groupVersion
   */
  public String getGroupVersion() {
    return groupVersion;
  }

  public void setGroupVersion(String groupVersion) {
    this.groupVersion = groupVersion;
  }

  public V1GroupVersionForDiscovery version(String version) {
    this.version = version;
    return this;
  }

  /**
   * version specifies the version in the form of "version". This is to save the clients the
   * trouble of splitting the GroupVersion.
   *
   * @return version
   */
  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1GroupVersionForDiscovery that = (V1GroupVersionForDiscovery) other;
    return Objects.equals(groupVersion, that.groupVersion)
        && Objects.equals(version, that.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupVersion, version);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1GroupVersionForDiscovery {\n");
    sb.append("    groupVersion: ").append(groupVersion).append('\n');
    sb.append("    version: ").append(version).append('\n');
    return sb.append("}").toString();
  }
}
