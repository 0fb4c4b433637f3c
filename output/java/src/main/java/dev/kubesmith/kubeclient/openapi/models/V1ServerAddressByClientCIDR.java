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
 * ServerAddressByClientCIDR helps the client to determine the server address that they should
 * use, depending on the clientCIDR that they match.
 */
public class V1ServerAddressByClientCIDR {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "clientCIDR",
      "serverAddress");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServerAddressByClientCIDR> CODEC = new Codec<V1ServerAddressByClientCIDR>() {
    @Override
    public V1ServerAddressByClientCIDR read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServerAddressByClientCIDR)");
      }
      V1ServerAddressByClientCIDR o = new V1ServerAddressByClientCIDR();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.clientCIDR = Codecs.STRING.read(p);
            break;
          case 1:
            o.serverAddress = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServerAddressByClientCIDR o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.clientCIDR != null) {
        g.writeFieldName("clientCIDR");
        Codecs.STRING.write(g, o.clientCIDR);
      }
      if (o.serverAddress != null) {
        g.writeFieldName("serverAddress");
        Codecs.STRING.write(g, o.serverAddress);
      }
      g.writeEndObject();
    }
  };

  private String clientCIDR;

  private String serverAddress;

  public V1ServerAddressByClientCIDR clientCIDR(String clientCIDR) {
    this.clientCIDR = clientCIDR;
    return this;
  }

  /**
   * The CIDR with which clients can match their IP to figure out the server address that they
   * should use.
   *
   * @return clientCIDR
   */
  public String getClientCIDR() {
    return clientCIDR;
  }

  public void setClientCIDR(String clientCIDR) {
    this.clientCIDR = clientCIDR;
  }

  public V1ServerAddressByClientCIDR serverAddress(String serverAddress) {
    this.serverAddress = serverAddress;
    return this;
  }

  /**
   * Address of this server, suitable for a client that matches the above CIDR. This can be a
   * hostname, hostname:port, IP or IP:port.
   *
   * @return serverAddress
   */
  public String getServerAddress() {
    return serverAddress;
  }

  public void setServerAddress(String serverAddress) {
    this.serverAddress = serverAddress;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ServerAddressByClientCIDR that = (V1ServerAddressByClientCIDR) other;
    return Objects.equals(clientCIDR, that.clientCIDR)
        && Objects.equals(serverAddress, that.serverAddress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientCIDR, serverAddress);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServerAddressByClientCIDR {\n");
    sb.append("    clientCIDR: ").append(clientCIDR).append('\n');
    sb.append("    serverAddress: ").append(serverAddress).append('\n');
    return sb.append("}").toString();
  }
}
