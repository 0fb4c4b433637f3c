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
 * EndpointSubset is a group of addresses with a common set of ports. The expanded set of
 * endpoints is the Cartesian product of Addresses x Ports. For example, given:
 *
 *         {
 *           Addresses: [{"ip": "10.10.1.1"}, {"ip": "10.10.2.2"}],
 *           Ports:     [{"name": "a", "port": 8675}, {"name": "b", "port": 309}]
 *         }
 *
 * The resulting set of endpoints can be viewed as:
 *
 *         a: [ 10.10.1.1:8675, 10.10.2.2:8675 ],
 *         b: [ 10.10.1.1:309, 10.10.2.2:309 ]
 *
 * Deprecated: This API is deprecated in v1.33+.
 */
public class V1EndpointSubset {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "addresses",
      "notReadyAddresses",
      "ports");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EndpointSubset> CODEC = new Codec<V1EndpointSubset>() {
    @Override
    public V1EndpointSubset read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EndpointSubset)");
      }
      V1EndpointSubset o = new V1EndpointSubset();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.addresses = Codecs.listOf(V1EndpointAddress.CODEC).read(p);
            break;
          case 1:
            o.notReadyAddresses = Codecs.listOf(V1EndpointAddress.CODEC).read(p);
            break;
          case 2:
            o.ports = Codecs.listOf(CoreV1EndpointPort.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EndpointSubset o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.addresses != null) {
        g.writeFieldName("addresses");
        Codecs.listOf(V1EndpointAddress.CODEC).write(g, o.addresses);
      }
      if (o.notReadyAddresses != null) {
        g.writeFieldName("notReadyAddresses");
        Codecs.listOf(V1EndpointAddress.CODEC).write(g, o.notReadyAddresses);
      }
      if (o.ports != null) {
        g.writeFieldName("ports");
        Codecs.listOf(CoreV1EndpointPort.CODEC).write(g, o.ports);
      }
      g.writeEndObject();
    }
  };

  private List<V1EndpointAddress> addresses;

  private List<V1EndpointAddress> notReadyAddresses;

  private List<CoreV1EndpointPort> ports;

  public V1EndpointSubset addresses(List<V1EndpointAddress> addresses) {
    this.addresses = addresses;
    return this;
  }

  public V1EndpointSubset addAddressesItem(V1EndpointAddress item) {
    if (this.addresses == null) {
      this.addresses = new ArrayList<>();
    }
    this.addresses.add(item);
    return this;
  }

  /**
   * IP addresses which offer the related ports that are marked as ready. These endpoints should
   * be considered safe for load balancers and clients to utilize.
   *
   * @return addresses
   */
  public List<V1EndpointAddress> getAddresses() {
    return addresses;
  }

  public void setAddresses(List<V1EndpointAddress> addresses) {
    this.addresses = addresses;
  }

  public V1EndpointSubset notReadyAddresses(List<V1EndpointAddress> notReadyAddresses) {
    this.notReadyAddresses = notReadyAddresses;
    return this;
  }

  public V1EndpointSubset addNotReadyAddressesItem(V1EndpointAddress item) {
    if (this.notReadyAddresses == null) {
      this.notReadyAddresses = new ArrayList<>();
    }
    this.notReadyAddresses.add(item);
    return this;
  }

  /**
   * IP addresses which offer the related ports but are not currently marked as ready because
   * they have not yet finished starting, have recently failed a readiness check, or have
   * recently failed a liveness check.
   *
   * @return notReadyAddresses
   */
  public List<V1EndpointAddress> getNotReadyAddresses() {
    return notReadyAddresses;
  }

  public void setNotReadyAddresses(List<V1EndpointAddress> notReadyAddresses) {
    this.notReadyAddresses = notReadyAddresses;
  }

  public V1EndpointSubset ports(List<CoreV1EndpointPort> ports) {
    this.ports = ports;
    return this;
  }

  public V1EndpointSubset addPortsItem(CoreV1EndpointPort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    this.ports.add(item);
    return this;
  }

  /**
   * Port numbers available on the related IP addresses.
   *
   * @return ports
   */
  public List<CoreV1EndpointPort> getPorts() {
    return ports;
  }

  public void setPorts(List<CoreV1EndpointPort> ports) {
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
    V1EndpointSubset that = (V1EndpointSubset) other;
    return Objects.equals(addresses, that.addresses)
        && Objects.equals(notReadyAddresses, that.notReadyAddresses)
        && Objects.equals(ports, that.ports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(addresses, notReadyAddresses, ports);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EndpointSubset {\n");
    sb.append("    addresses: ").append(String.valueOf(addresses).replace("\n", "\n    ")).append('\n');
    sb.append("    notReadyAddresses: ").append(String.valueOf(notReadyAddresses).replace("\n", "\n    ")).append('\n');
    sb.append("    ports: ").append(String.valueOf(ports).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
