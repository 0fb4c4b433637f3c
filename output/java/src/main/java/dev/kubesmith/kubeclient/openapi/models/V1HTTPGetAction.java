package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.IntOrString;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * HTTPGetAction describes an action based on HTTP Get requests.
 */
public class V1HTTPGetAction {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "host",
      "httpHeaders",
      "path",
      "port",
      "protocol",
      "scheme");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1HTTPGetAction> CODEC = new Codec<V1HTTPGetAction>() {
    @Override
    public V1HTTPGetAction read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1HTTPGetAction)");
      }
      V1HTTPGetAction o = new V1HTTPGetAction();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.host = Codecs.STRING.read(p);
            break;
          case 1:
            o.httpHeaders = Codecs.listOf(V1HTTPHeader.CODEC).read(p);
            break;
          case 2:
            o.path = Codecs.STRING.read(p);
            break;
          case 3:
            o.port = Codecs.INT_OR_STRING.read(p);
            break;
          case 4:
            o.protocol = Codecs.STRING.read(p);
            break;
          case 5:
            o.scheme = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1HTTPGetAction o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.host != null) {
        g.writeFieldName("host");
        Codecs.STRING.write(g, o.host);
      }
      if (o.httpHeaders != null) {
        g.writeFieldName("httpHeaders");
        Codecs.listOf(V1HTTPHeader.CODEC).write(g, o.httpHeaders);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.port != null) {
        g.writeFieldName("port");
        Codecs.INT_OR_STRING.write(g, o.port);
      }
      if (o.protocol != null) {
        g.writeFieldName("protocol");
        Codecs.STRING.write(g, o.protocol);
      }
      if (o.scheme != null) {
        g.writeFieldName("scheme");
        Codecs.STRING.write(g, o.scheme);
      }
      g.writeEndObject();
    }
  };

  private String host;

  private List<V1HTTPHeader> httpHeaders;

  private String path;

  private IntOrString port;

  private String protocol;

  private String scheme;

  public V1HTTPGetAction host(String host) {
    this.host = host;
    return this;
  }

  /**
   * Host name to connect to, defaults to the pod IP. You probably want to set "Host" in
   * httpHeaders instead.
   *
   * @return host
   */
  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public V1HTTPGetAction httpHeaders(List<V1HTTPHeader> httpHeaders) {
    this.httpHeaders = httpHeaders;
    return this;
  }

  public V1HTTPGetAction addHttpHeadersItem(V1HTTPHeader item) {
    if (this.httpHeaders == null) {
      this.httpHeaders = new ArrayList<>();
    }
    this.httpHeaders.add(item);
    return this;
  }

  /**
   * Custom headers to set in the request. HTTP allows repeated headers.
   *
   * @return httpHeaders
   */
  public List<V1HTTPHeader> getHttpHeaders() {
    return httpHeaders;
  }

  public void setHttpHeaders(List<V1HTTPHeader> httpHeaders) {
    this.httpHeaders = httpHeaders;
  }

  public V1HTTPGetAction path(String path) {
    this.path = path;
    return this;
  }

  /**
   * Path to access on the HTTP server.
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public V1HTTPGetAction port(IntOrString port) {
    this.port = port;
    return this;
  }

  /**
   * Name or number of the port to access on the container. Number must be in the range 1 to
   * 65535. Name must be an IANA_SVC_NAME.
   *
   * @return port
   */
  public IntOrString getPort() {
    return port;
  }

  public void setPort(IntOrString port) {
    this.port = port;
  }

  public V1HTTPGetAction protocol(String protocol) {
    this.protocol = protocol;
    return this;
  }

  /**
   * Protocol selects the wire protocol for the probe connection. Nil defaults to HTTP/1.1.
   *
   * @return protocol
   */
  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public V1HTTPGetAction scheme(String scheme) {
    this.scheme = scheme;
    return this;
  }

  /**
   * Scheme to use for connecting to the host. Defaults to HTTP.
   *
   * @return scheme
   */
  public String getScheme() {
    return scheme;
  }

  public void setScheme(String scheme) {
    this.scheme = scheme;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1HTTPGetAction that = (V1HTTPGetAction) other;
    return Objects.equals(host, that.host)
        && Objects.equals(httpHeaders, that.httpHeaders)
        && Objects.equals(path, that.path)
        && Objects.equals(port, that.port)
        && Objects.equals(protocol, that.protocol)
        && Objects.equals(scheme, that.scheme);
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, httpHeaders, path, port, protocol, scheme);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1HTTPGetAction {\n");
    sb.append("    host: ").append(host).append('\n');
    sb.append("    httpHeaders: ").append(String.valueOf(httpHeaders).replace("\n", "\n    ")).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    port: ").append(port).append('\n');
    sb.append("    protocol: ").append(protocol).append('\n');
    sb.append("    scheme: ").append(scheme).append('\n');
    return sb.append("}").toString();
  }
}
