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
 * GRPCAction specifies an action involving a GRPC service.
 */
public class V1GRPCAction {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "mode",
      "port",
      "service");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1GRPCAction> CODEC = new Codec<V1GRPCAction>() {
    @Override
    public V1GRPCAction read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1GRPCAction)");
      }
      V1GRPCAction o = new V1GRPCAction();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.mode = Codecs.STRING.read(p);
            break;
          case 1:
            o.port = Codecs.INT32.read(p);
            break;
          case 2:
            o.service = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1GRPCAction o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.mode != null) {
        g.writeFieldName("mode");
        Codecs.STRING.write(g, o.mode);
      }
      if (o.port != null) {
        g.writeFieldName("port");
        Codecs.INT32.write(g, o.port);
      }
      if (o.service != null) {
        g.writeFieldName("service");
        Codecs.STRING.write(g, o.service);
      }
      g.writeEndObject();
    }
  };

  private String mode;

  private Integer port;

  private String service;

  public V1GRPCAction mode(String mode) {
    this.mode = mode;
    return this;
  }

  /**
   * mode specifies the connection mode for the gRPC health probe. Set to "TLS" to use TLS
   * without certificate verification. Set to "Plaintext" to use a plaintext (insecure)
   * connection explicitly. If not specified, the probe uses a plaintext (insecure) connection.
   *
   * @return mode
   */
  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public V1GRPCAction port(Integer port) {
    this.port = port;
    return this;
  }

  /**
   * Port number of the gRPC service. Number must be in the range 1 to 65535.
   *
   * @return port
   */
  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public V1GRPCAction service(String service) {
    this.service = service;
    return this;
  }

  /**
   * Service is the name of the service to place in the gRPC HealthCheckRequest (see
   * https://github.com/grpc/grpc/blob/master/doc/health-checking.md).
   *
   * If this is not specified, the default behavior is defined by gRPC.
   *
   * @return service
   */
  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = service;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1GRPCAction that = (V1GRPCAction) other;
    return Objects.equals(mode, that.mode)
        && Objects.equals(port, that.port)
        && Objects.equals(service, that.service);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, port, service);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1GRPCAction {\n");
    sb.append("    mode: ").append(mode).append('\n');
    sb.append("    port: ").append(port).append('\n');
    sb.append("    service: ").append(service).append('\n');
    return sb.append("}").toString();
  }
}
