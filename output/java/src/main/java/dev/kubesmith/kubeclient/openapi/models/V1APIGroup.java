package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * APIGroup contains the name, the supported versions, and the preferred version of a group.
 */
public class V1APIGroup {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "kind",
      "name",
      "preferredVersion",
      "serverAddressByClientCIDRs",
      "versions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1APIGroup> CODEC = new Codec<V1APIGroup>() {
    @Override
    public V1APIGroup read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1APIGroup)");
      }
      V1APIGroup o = new V1APIGroup();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.kind = Codecs.STRING.read(p);
            break;
          case 2:
            o.name = Codecs.STRING.read(p);
            break;
          case 3:
            o.preferredVersion = V1GroupVersionForDiscovery.CODEC.read(p);
            break;
          case 4:
            o.serverAddressByClientCIDRs = Codecs.listOf(V1ServerAddressByClientCIDR.CODEC).read(p);
            break;
          case 5:
            o.versions = Codecs.listOf(V1GroupVersionForDiscovery.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1APIGroup o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.preferredVersion != null) {
        g.writeFieldName("preferredVersion");
        V1GroupVersionForDiscovery.CODEC.write(g, o.preferredVersion);
      }
      if (o.serverAddressByClientCIDRs != null) {
        g.writeFieldName("serverAddressByClientCIDRs");
        Codecs.listOf(V1ServerAddressByClientCIDR.CODEC).write(g, o.serverAddressByClientCIDRs);
      }
      if (o.versions != null) {
        g.writeFieldName("versions");
        Codecs.listOf(V1GroupVersionForDiscovery.CODEC).write(g, o.versions);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String kind;

  private String name;

  private V1GroupVersionForDiscovery preferredVersion;

  private List<V1ServerAddressByClientCIDR> serverAddressByClientCIDRs;

  private List<V1GroupVersionForDiscovery> versions;

  public V1APIGroup apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1APIGroup kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1APIGroup name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the group.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1APIGroup preferredVersion(V1GroupVersionForDiscovery preferredVersion) {
    this.preferredVersion = preferredVersion;
    return this;
  }

  /**
   * preferredVersion is the version preferred by the API server, which probably is the storage
   * version.
   *
   * @return preferredVersion
   */
  public V1GroupVersionForDiscovery getPreferredVersion() {
    return preferredVersion;
  }

  public void setPreferredVersion(V1GroupVersionForDiscovery preferredVersion) {
    this.preferredVersion = preferredVersion;
  }

  public V1APIGroup serverAddressByClientCIDRs(List<V1ServerAddressByClientCIDR> serverAddressByClientCIDRs) {
    this.serverAddressByClientCIDRs = serverAddressByClientCIDRs;
    return this;
  }

  public V1APIGroup addServerAddressByClientCIDRsItem(V1ServerAddressByClientCIDR item) {
    if (this.serverAddressByClientCIDRs == null) {
      this.serverAddressByClientCIDRs = new ArrayList<>();
    }
    this.serverAddressByClientCIDRs.add(item);
    return this;
  }

  /**
   * a map of client CIDR to server address that is serving this group. This is to help clients
   * reach servers in the most network-efficient way possible. Clients can use the appropriate
   * server address as per the CIDR that they match. In case of multiple matches, clients should
   * use the longest matching CIDR. The server returns only those CIDRs that it thinks that the
   * client can match. For example: the master will return an internal IP CIDR only, if the
   * client reaches the server using an internal IP. Server looks at X-Forwarded-For header or
   * X-Real-Ip header or request.RemoteAddr (in that order) to get the client IP.
   *
   * @return serverAddressByClientCIDRs
   */
  public List<V1ServerAddressByClientCIDR> getServerAddressByClientCIDRs() {
    return serverAddressByClientCIDRs;
  }

  public void setServerAddressByClientCIDRs(List<V1ServerAddressByClientCIDR> serverAddressByClientCIDRs) {
    this.serverAddressByClientCIDRs = serverAddressByClientCIDRs;
  }

  public V1APIGroup versions(List<V1GroupVersionForDiscovery> versions) {
    this.versions = versions;
    return this;
  }

  public V1APIGroup addVersionsItem(V1GroupVersionForDiscovery item) {
    if (this.versions == null) {
      this.versions = new ArrayList<>();
    }
    this.versions.add(item);
    return this;
  }

  /**
   * versions are the versions supported in this group.
   *
   * @return versions
   */
  public List<V1GroupVersionForDiscovery> getVersions() {
    return versions;
  }

  public void setVersions(List<V1GroupVersionForDiscovery> versions) {
    this.versions = versions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1APIGroup that = (V1APIGroup) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(preferredVersion, that.preferredVersion)
        && Objects.equals(serverAddressByClientCIDRs, that.serverAddressByClientCIDRs)
        && Objects.equals(versions, that.versions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name, preferredVersion, serverAddressByClientCIDRs, versions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1APIGroup {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    preferredVersion: ").append(String.valueOf(preferredVersion).replace("\n", "\n    ")).append('\n');
    sb.append("    serverAddressByClientCIDRs: ").append(String.valueOf(serverAddressByClientCIDRs).replace("\n", "\n    ")).append('\n');
    sb.append("    versions: ").append(String.valueOf(versions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
