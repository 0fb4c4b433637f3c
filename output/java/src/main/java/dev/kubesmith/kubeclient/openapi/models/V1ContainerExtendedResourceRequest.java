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
 * ContainerExtendedResourceRequest has the mapping of container name, extended resource name
 * to the device request name.
 */
public class V1ContainerExtendedResourceRequest {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "containerName",
      "requestName",
      "resourceName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerExtendedResourceRequest> CODEC = new Codec<V1ContainerExtendedResourceRequest>() {
    @Override
    public V1ContainerExtendedResourceRequest read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerExtendedResourceRequest)");
      }
      V1ContainerExtendedResourceRequest o = new V1ContainerExtendedResourceRequest();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.containerName = Codecs.STRING.read(p);
            break;
          case 1:
            o.requestName = Codecs.STRING.read(p);
            break;
          case 2:
            o.resourceName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerExtendedResourceRequest o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.containerName != null) {
        g.writeFieldName("containerName");
        Codecs.STRING.write(g, o.containerName);
      }
      if (o.requestName != null) {
        g.writeFieldName("requestName");
        Codecs.STRING.write(g, o.requestName);
      }
      if (o.resourceName != null) {
        g.writeFieldName("resourceName");
        Codecs.STRING.write(g, o.resourceName);
      }
      g.writeEndObject();
    }
  };

  private String containerName;

  private String requestName;

  private String resourceName;

  public V1ContainerExtendedResourceRequest containerName(String containerName) {
    this.containerName = containerName;
    return this;
  }

  /**
   * The name of the container requesting resources.
   *
   * @return containerName
   */
  public String getContainerName() {
    return containerName;
  }

  public void setContainerName(String containerName) {
    this.containerName = containerName;
  }

  public V1ContainerExtendedResourceRequest requestName(String requestName) {
    this.requestName = requestName;
    return this;
  }

  /**
   * The name of the request in the special ResourceClaim which corresponds to the extended
   * resource.
   *
   * @return requestName
   */
  public String getRequestName() {
    return requestName;
  }

  public void setRequestName(String requestName) {
    this.requestName = requestName;
  }

  public V1ContainerExtendedResourceRequest resourceName(String resourceName) {
    this.resourceName = resourceName;
    return this;
  }

  /**
   * The name of the extended resource in that container which gets backed by DRA.
   *
   * @return resourceName
   */
  public String getResourceName() {
    return resourceName;
  }

  public void setResourceName(String resourceName) {
    this.resourceName = resourceName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ContainerExtendedResourceRequest that = (V1ContainerExtendedResourceRequest) other;
    return Objects.equals(containerName, that.containerName)
        && Objects.equals(requestName, that.requestName)
        && Objects.equals(resourceName, that.resourceName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(containerName, requestName, resourceName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerExtendedResourceRequest {\n");
    sb.append("    containerName: ").append(containerName).append('\n');
    sb.append("    requestName: ").append(requestName).append('\n');
    sb.append("    resourceName: ").append(resourceName).append('\n');
    return sb.append("}").toString();
  }
}
