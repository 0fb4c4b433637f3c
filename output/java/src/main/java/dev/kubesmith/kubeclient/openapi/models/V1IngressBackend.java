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
 * IngressBackend describes all endpoints for a given service and port.
 */
public class V1IngressBackend {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "resource",
      "service");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressBackend> CODEC = new Codec<V1IngressBackend>() {
    @Override
    public V1IngressBackend read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressBackend)");
      }
      V1IngressBackend o = new V1IngressBackend();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.resource = V1TypedLocalObjectReference.CODEC.read(p);
            break;
          case 1:
            o.service = V1IngressServiceBackend.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressBackend o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.resource != null) {
        g.writeFieldName("resource");
        V1TypedLocalObjectReference.CODEC.write(g, o.resource);
      }
      if (o.service != null) {
        g.writeFieldName("service");
        V1IngressServiceBackend.CODEC.write(g, o.service);
      }
      g.writeEndObject();
    }
  };

  private V1TypedLocalObjectReference resource;

  private V1IngressServiceBackend service;

  public V1IngressBackend resource(V1TypedLocalObjectReference resource) {
    this.resource = resource;
    return this;
  }

  /**
   * resource is an ObjectRef to another Kubernetes resource in the namespace of the Ingress
   * object. If resource is specified, a service.Name and service.Port must not be specified.
   * This is a mutually exclusive setting with "Service".
   *
   * @return resource
   */
  public V1TypedLocalObjectReference getResource() {
    return resource;
  }

  public void setResource(V1TypedLocalObjectReference resource) {
    this.resource = resource;
  }

  public V1IngressBackend service(V1IngressServiceBackend service) {
    this.service = service;
    return this;
  }

  /**
   * service references a service as a backend. This is a mutually exclusive setting with
   * "Resource".
   *
   * @return service
   */
  public V1IngressServiceBackend getService() {
    return service;
  }

  public void setService(V1IngressServiceBackend service) {
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
    V1IngressBackend that = (V1IngressBackend) other;
    return Objects.equals(resource, that.resource)
        && Objects.equals(service, that.service);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, service);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressBackend {\n");
    sb.append("    resource: ").append(String.valueOf(resource).replace("\n", "\n    ")).append('\n');
    sb.append("    service: ").append(String.valueOf(service).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
