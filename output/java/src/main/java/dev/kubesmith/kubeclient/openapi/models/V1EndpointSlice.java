package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * EndpointSlice represents a set of service endpoints. Most EndpointSlices are created by the
 * EndpointSlice controller to represent the Pods selected by Service objects. For a given
 * service there may be multiple EndpointSlice objects which must be joined to produce the full
 * set of endpoints; you can find all of the slices for a given service by listing
 * EndpointSlices in the service's namespace whose `kubernetes.io/service-name` label contains
 * the service's name.
 */
public class V1EndpointSlice implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "addressType",
      "apiVersion",
      "endpoints",
      "kind",
      "metadata",
      "ports");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EndpointSlice> CODEC = new Codec<V1EndpointSlice>() {
    @Override
    public V1EndpointSlice read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EndpointSlice)");
      }
      V1EndpointSlice o = new V1EndpointSlice();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.addressType = Codecs.STRING.read(p);
            break;
          case 1:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 2:
            o.endpoints = Codecs.listOf(V1Endpoint.CODEC).read(p);
            break;
          case 3:
            o.kind = Codecs.STRING.read(p);
            break;
          case 4:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 5:
            o.ports = Codecs.listOf(DiscoveryV1EndpointPort.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EndpointSlice o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.addressType != null) {
        g.writeFieldName("addressType");
        Codecs.STRING.write(g, o.addressType);
      }
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.endpoints != null) {
        g.writeFieldName("endpoints");
        Codecs.listOf(V1Endpoint.CODEC).write(g, o.endpoints);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.ports != null) {
        g.writeFieldName("ports");
        Codecs.listOf(DiscoveryV1EndpointPort.CODEC).write(g, o.ports);
      }
      g.writeEndObject();
    }
  };

  private String addressType;

  private String apiVersion;

  private List<V1Endpoint> endpoints;

  private String kind;

  private V1ObjectMeta metadata;

  private List<DiscoveryV1EndpointPort> ports;

  public V1EndpointSlice addressType(String addressType) {
    this.addressType = addressType;
    return this;
  }

  /**
   * addressType specifies the type of address carried by this EndpointSlice. All addresses in
   * this slice must be the same type. This field is immutable after creation. The following
   * address types are currently supported: * IPv4: Represents an IPv4 Address. * IPv6:
   * Represents an IPv6 Address. * FQDN: Represents a Fully Qualified Domain Name. (Deprecated)
   * The EndpointSlice controller only generates, and kube-proxy only processes, slices of
   * addressType "IPv4" and "IPv6". No semantics are defined for the "FQDN" type.
   *
   * @return addressType
   */
  public String getAddressType() {
    return addressType;
  }

  public void setAddressType(String addressType) {
    this.addressType = addressType;
  }

  public V1EndpointSlice apiVersion(String apiVersion) {
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

  public V1EndpointSlice endpoints(List<V1Endpoint> endpoints) {
    this.endpoints = endpoints;
    return this;
  }

  public V1EndpointSlice addEndpointsItem(V1Endpoint item) {
    if (this.endpoints == null) {
      this.endpoints = new ArrayList<>();
    }
    this.endpoints.add(item);
    return this;
  }

  /**
   * endpoints is a list of unique endpoints in this slice. Each slice may include a maximum of
   * 1000 endpoints.
   *
   * @return endpoints
   */
  public List<V1Endpoint> getEndpoints() {
    return endpoints;
  }

  public void setEndpoints(List<V1Endpoint> endpoints) {
    this.endpoints = endpoints;
  }

  public V1EndpointSlice kind(String kind) {
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

  public V1EndpointSlice metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * Standard object's metadata.
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1EndpointSlice ports(List<DiscoveryV1EndpointPort> ports) {
    this.ports = ports;
    return this;
  }

  public V1EndpointSlice addPortsItem(DiscoveryV1EndpointPort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    this.ports.add(item);
    return this;
  }

  /**
   * ports specifies the list of network ports exposed by each endpoint in this slice. Each port
   * must have a unique name. Each slice may include a maximum of 100 ports. Services always have
   * at least 1 port, so EndpointSlices generated by the EndpointSlice controller will likewise
   * always have at least 1 port. EndpointSlices used for other purposes may have an empty ports
   * list.
   *
   * @return ports
   */
  public List<DiscoveryV1EndpointPort> getPorts() {
    return ports;
  }

  public void setPorts(List<DiscoveryV1EndpointPort> ports) {
    this.ports = ports;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EndpointSlice that = (V1EndpointSlice) other;
    return Objects.equals(addressType, that.addressType)
        && Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(endpoints, that.endpoints)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(ports, that.ports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(addressType, apiVersion, endpoints, kind, metadata, ports);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EndpointSlice {\n");
    sb.append("    addressType: ").append(addressType).append('\n');
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    endpoints: ").append(String.valueOf(endpoints).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    ports: ").append(String.valueOf(ports).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
