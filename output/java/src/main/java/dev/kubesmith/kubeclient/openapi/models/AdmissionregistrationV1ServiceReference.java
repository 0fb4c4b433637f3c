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
 * ServiceReference holds a reference to Service.legacy.k8s.io
 */
public class AdmissionregistrationV1ServiceReference {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "namespace",
      "path",
      "port");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<AdmissionregistrationV1ServiceReference> CODEC = new Codec<AdmissionregistrationV1ServiceReference>() {
    @Override
    public AdmissionregistrationV1ServiceReference read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (AdmissionregistrationV1ServiceReference)");
      }
      AdmissionregistrationV1ServiceReference o = new AdmissionregistrationV1ServiceReference();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.namespace = Codecs.STRING.read(p);
            break;
          case 2:
            o.path = Codecs.STRING.read(p);
            break;
          case 3:
            o.port = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, AdmissionregistrationV1ServiceReference o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.namespace != null) {
        g.writeFieldName("namespace");
        Codecs.STRING.write(g, o.namespace);
      }
      if (o.path != null) {
        g.writeFieldName("path");
        Codecs.STRING.write(g, o.path);
      }
      if (o.port != null) {
        g.writeFieldName("port");
        Codecs.INT32.write(g, o.port);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private String namespace;

  private String path;

  private Integer port;

  public AdmissionregistrationV1ServiceReference name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is the name of the service. Required
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public AdmissionregistrationV1ServiceReference namespace(String namespace) {
    this.namespace = namespace;
    return this;
  }

  /**
   * namespace is the namespace of the service. Required
   *
   * @return namespace
   */
  public String getNamespace() {
    return namespace;
  }

  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  public AdmissionregistrationV1ServiceReference path(String path) {
    this.path = path;
    return this;
  }

  /**
   * path is an optional URL path which will be sent in any request to this service.
   *
   * @return path
   */
  public String getPath() {
    return path;
  }

  public void setPath(String path) {
    this.path = path;
  }

  public AdmissionregistrationV1ServiceReference port(Integer port) {
    this.port = port;
    return this;
  }

  /**
   * port is the port on the service that hosts the webhook. Default to 443 for backward
   * compatibility. `port` should be a valid port number (1-65535, inclusive).
   *
   * @return port
   */
  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    AdmissionregistrationV1ServiceReference that = (AdmissionregistrationV1ServiceReference) other;
    return Objects.equals(name, that.name)
        && Objects.equals(namespace, that.namespace)
        && Objects.equals(path, that.path)
        && Objects.equals(port, that.port);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, namespace, path, port);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class AdmissionregistrationV1ServiceReference {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    namespace: ").append(namespace).append('\n');
    sb.append("    path: ").append(path).append('\n');
    sb.append("    port: ").append(port).append('\n');
    return sb.append("}").toString();
  }
}
