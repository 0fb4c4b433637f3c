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
 * DeviceAllocationConfiguration gets embedded in an AllocationResult.
 */
public class V1beta1DeviceAllocationConfiguration {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "opaque",
      "requests",
      "source");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceAllocationConfiguration> CODEC = new Codec<V1beta1DeviceAllocationConfiguration>() {
    @Override
    public V1beta1DeviceAllocationConfiguration read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceAllocationConfiguration)");
      }
      V1beta1DeviceAllocationConfiguration o = new V1beta1DeviceAllocationConfiguration();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.opaque = V1beta1OpaqueDeviceConfiguration.CODEC.read(p);
            break;
          case 1:
            o.requests = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.source = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceAllocationConfiguration o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.opaque != null) {
        g.writeFieldName("opaque");
        V1beta1OpaqueDeviceConfiguration.CODEC.write(g, o.opaque);
      }
      if (o.requests != null) {
        g.writeFieldName("requests");
        Codecs.listOf(Codecs.STRING).write(g, o.requests);
      }
      if (o.source != null) {
        g.writeFieldName("source");
        Codecs.STRING.write(g, o.source);
      }
      g.writeEndObject();
    }
  };

  private V1beta1OpaqueDeviceConfiguration opaque;

  private List<String> requests;

  private String source;

  public V1beta1DeviceAllocationConfiguration opaque(V1beta1OpaqueDeviceConfiguration opaque) {
    this.opaque = opaque;
    return this;
  }

  /**
   * Opaque provides driver-specific configuration parameters.
   *
   * @return opaque
   */
  public V1beta1OpaqueDeviceConfiguration getOpaque() {
    return opaque;
  }

  public void setOpaque(V1beta1OpaqueDeviceConfiguration opaque) {
    this.opaque = opaque;
  }

  public V1beta1DeviceAllocationConfiguration requests(List<String> requests) {
    this.requests = requests;
    return this;
  }

  public V1beta1DeviceAllocationConfiguration addRequestsItem(String item) {
    if (this.requests == null) {
      this.requests = new ArrayList<>();
    }
    this.requests.add(item);
    return this;
  }

  /**
   * Requests lists the names of requests where the configuration applies. If empty, its applies
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

  public V1beta1DeviceAllocationConfiguration source(String source) {
    this.source = source;
    return this;
  }

  /**
   * Source records whether the configuration comes from a class and thus is not something that a
   * normal user would have been able to set or from a claim.
   *
   * @return source
   */
  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceAllocationConfiguration that = (V1beta1DeviceAllocationConfiguration) other;
    return Objects.equals(opaque, that.opaque)
        && Objects.equals(requests, that.requests)
        && Objects.equals(source, that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(opaque, requests, source);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceAllocationConfiguration {\n");
    sb.append("    opaque: ").append(String.valueOf(opaque).replace("\n", "\n    ")).append('\n');
    sb.append("    requests: ").append(String.valueOf(requests).replace("\n", "\n    ")).append('\n');
    sb.append("    source: ").append(source).append('\n');
    return sb.append("}").toString();
  }
}
