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
 * NetworkDeviceData provides network-related details for the allocated device. This
 * information may be filled by drivers or other components to configure or identify the device
 * within a network context.
 */
public class V1NetworkDeviceData {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "hardwareAddress",
      "interfaceName",
      "ips");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NetworkDeviceData> CODEC = new Codec<V1NetworkDeviceData>() {
    @Override
    public V1NetworkDeviceData read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NetworkDeviceData)");
      }
      V1NetworkDeviceData o = new V1NetworkDeviceData();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.hardwareAddress = Codecs.STRING.read(p);
            break;
          case 1:
            o.interfaceName = Codecs.STRING.read(p);
            break;
          case 2:
            o.ips = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NetworkDeviceData o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.hardwareAddress != null) {
        g.writeFieldName("hardwareAddress");
        Codecs.STRING.write(g, o.hardwareAddress);
      }
      if (o.interfaceName != null) {
        g.writeFieldName("interfaceName");
        Codecs.STRING.write(g, o.interfaceName);
      }
      if (o.ips != null) {
        g.writeFieldName("ips");
        Codecs.listOf(Codecs.STRING).write(g, o.ips);
      }
      g.writeEndObject();
    }
  };

  private String hardwareAddress;

  private String interfaceName;

  private List<String> ips;

  public V1NetworkDeviceData hardwareAddress(String hardwareAddress) {
    this.hardwareAddress = hardwareAddress;
    return this;
  }

  /**
   * HardwareAddress represents the hardware address (e.g. MAC Address) of the device's network
   * interface.
   *
   * Must not be longer than 128 bytes.
   *
   * @return hardwareAddress
   */
  public String getHardwareAddress() {
    return hardwareAddress;
  }

  public void setHardwareAddress(String hardwareAddress) {
    this.hardwareAddress = hardwareAddress;
  }

  public V1NetworkDeviceData interfaceName(String interfaceName) {
    this.interfaceName = interfaceName;
    return this;
  }

  /**
   * InterfaceName specifies the name of the network interface associated with the allocated
   * device. This might be the name of a physical or virtual network interface being configured
   * in the pod.
   *
   * Must not be longer than 256 bytes.
   *
   * @return interfaceName
   */
  public String getInterfaceName() {
    return interfaceName;
  }

  public void setInterfaceName(String interfaceName) {
    this.interfaceName = interfaceName;
  }

  public V1NetworkDeviceData ips(List<String> ips) {
    this.ips = ips;
    return this;
  }

  public V1NetworkDeviceData addIpsItem(String item) {
    if (this.ips == null) {
      this.ips = new ArrayList<>();
    }
    this.ips.add(item);
    return this;
  }

  /**
   * IPs lists the network addresses assigned to the device's network interface. This can include
   * both IPv4 and IPv6 addresses. The IPs are in the CIDR notation, which includes both the
   * address and the associated subnet mask. e.g.: "192.0.2.5/24" for IPv4 and "2001:db8::5/64"
   * for IPv6.
   *
   * @return ips
   */
  public List<String> getIps() {
    return ips;
  }

  public void setIps(List<String> ips) {
    this.ips = ips;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NetworkDeviceData that = (V1NetworkDeviceData) other;
    return Objects.equals(hardwareAddress, that.hardwareAddress)
        && Objects.equals(interfaceName, that.interfaceName)
        && Objects.equals(ips, that.ips);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hardwareAddress, interfaceName, ips);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NetworkDeviceData {\n");
    sb.append("    hardwareAddress: ").append(hardwareAddress).append('\n');
    sb.append("    interfaceName: ").append(interfaceName).append('\n');
    sb.append("    ips: ").append(String.valueOf(ips).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
