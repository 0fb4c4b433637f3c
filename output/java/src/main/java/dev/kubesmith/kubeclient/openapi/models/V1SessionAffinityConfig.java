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
 * SessionAffinityConfig represents the configurations of session affinity.
 */
public class V1SessionAffinityConfig {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "clientIP");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SessionAffinityConfig> CODEC = new Codec<V1SessionAffinityConfig>() {
    @Override
    public V1SessionAffinityConfig read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SessionAffinityConfig)");
      }
      V1SessionAffinityConfig o = new V1SessionAffinityConfig();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.clientIP = V1ClientIPConfig.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SessionAffinityConfig o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.clientIP != null) {
        g.writeFieldName("clientIP");
        V1ClientIPConfig.CODEC.write(g, o.clientIP);
      }
      g.writeEndObject();
    }
  };

  private V1ClientIPConfig clientIP;

  public V1SessionAffinityConfig clientIP(V1ClientIPConfig clientIP) {
    this.clientIP = clientIP;
    return this;
  }

  /**
   * clientIP contains the configurations of Client IP based session affinity.
   *
   * @return clientIP
   */
  public V1ClientIPConfig getClientIP() {
    return clientIP;
  }

  public void setClientIP(V1ClientIPConfig clientIP) {
    this.clientIP = clientIP;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SessionAffinityConfig that = (V1SessionAffinityConfig) other;
    return Objects.equals(clientIP, that.clientIP);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientIP);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SessionAffinityConfig {\n");
    sb.append("    clientIP: ").append(String.valueOf(clientIP).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
