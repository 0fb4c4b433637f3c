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
 * DeviceClaimConfiguration is used for configuration parameters in DeviceClaim.
 */
public class V1DeviceClaimConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "opaque",
      "requests");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DeviceClaimConfiguration> CODEC = new Codec<V1DeviceClaimConfiguration>() {
    @Override
    public V1DeviceClaimConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DeviceClaimConfiguration)");
      }
      V1DeviceClaimConfiguration o = new V1DeviceClaimConfiguration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.opaque = V1OpaqueDeviceConfiguration.CODEC.read(p);
            break;
          case 1:
            o.requests = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DeviceClaimConfiguration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.opaque != null) {
        g.writeFieldName("opaque");
        V1OpaqueDeviceConfiguration.CODEC.write(g, o.opaque);
      }
      if (o.requests != null) {
        g.writeFieldName("requests");
        Codecs.listOf(Codecs.STRING).write(g, o.requests);
      }
      g.writeEndObject();
    }
  };

  private V1OpaqueDeviceConfiguration opaque;

  private List<String> requests;

  public V1DeviceClaimConfiguration opaque(V1OpaqueDeviceConfiguration opaque) {
    this.opaque = opaque;
    return this;
  }

  /**
   * Opaque provides driver-specific configuration parameters.
   *
   * @return opaque
   */
  public V1OpaqueDeviceConfiguration getOpaque() {
    return opaque;
  }

  public void setOpaque(V1OpaqueDeviceConfiguration opaque) {
    this.opaque = opaque;
  }

  public V1DeviceClaimConfiguration requests(List<String> requests) {
    this.requests = requests;
    return this;
  }

  public V1DeviceClaimConfiguration addRequestsItem(String item) {
    if (this.requests == null) {
      this.requests = new ArrayList<>();
    }
    this.requests.add(item);
    return this;
  }

  /**
   * Requests lists the names of requests where the configuration applies. If empty, it applies
   * to all requests.
   *
   * References to subrequests must include the name of the main request and may include the
   * subrequest using the format &lt;main request&gt;[/&lt;subrequest&gt;]. If just the main
   * request is given, the configuration applies to all subrequests.
   *
   * @return requests
   */
  public List<String> getRequests() {
    return requests;
  }

  public void setRequests(List<String> requests) {
    this.requests = requests;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1DeviceClaimConfiguration that = (V1DeviceClaimConfiguration) other;
    return Objects.equals(opaque, that.opaque)
        && Objects.equals(requests, that.requests);
  }

  @Override
  public int hashCode() {
    return Objects.hash(opaque, requests);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DeviceClaimConfiguration {\n");
    sb.append("    opaque: ").append(String.valueOf(opaque).replace("\n", "\n    ")).append('\n');
    sb.append("    requests: ").append(String.valueOf(requests).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
