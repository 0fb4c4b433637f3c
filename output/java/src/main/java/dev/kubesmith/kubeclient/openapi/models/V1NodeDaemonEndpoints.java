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
 * NodeDaemonEndpoints lists ports opened by daemons running on the Node.
 */
public class V1NodeDaemonEndpoints {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "kubeletEndpoint");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeDaemonEndpoints> CODEC = new Codec<V1NodeDaemonEndpoints>() {
    @Override
    public V1NodeDaemonEndpoints read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeDaemonEndpoints)");
      }
      V1NodeDaemonEndpoints o = new V1NodeDaemonEndpoints();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.kubeletEndpoint = V1DaemonEndpoint.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeDaemonEndpoints o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.kubeletEndpoint != null) {
        g.writeFieldName("kubeletEndpoint");
        V1DaemonEndpoint.CODEC.write(g, o.kubeletEndpoint);
      }
      g.writeEndObject();
    }
  };

  private V1DaemonEndpoint kubeletEndpoint;

  public V1NodeDaemonEndpoints kubeletEndpoint(V1DaemonEndpoint kubeletEndpoint) {
    this.kubeletEndpoint = kubeletEndpoint;
    return this;
  }

  /**
   * Endpoint on which Kubelet is listening.
   *
   * @return kubeletEndpoint
   */
  public V1DaemonEndpoint getKubeletEndpoint() {
    return kubeletEndpoint;
  }

  public void setKubeletEndpoint(V1DaemonEndpoint kubeletEndpoint) {
    this.kubeletEndpoint = kubeletEndpoint;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeDaemonEndpoints that = (V1NodeDaemonEndpoints) other;
    return Objects.equals(kubeletEndpoint, that.kubeletEndpoint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kubeletEndpoint);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeDaemonEndpoints {\n");
    sb.append("    kubeletEndpoint: ").append(String.valueOf(kubeletEndpoint).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
