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
 * PodExtendedResourceClaimStatus is stored in the PodStatus for the extended resource requests
 * backed by DRA. It stores the generated name for the corresponding special ResourceClaim
 * created by the scheduler.
 */
public class V1PodExtendedResourceClaimStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "requestMappings",
      "resourceClaimName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodExtendedResourceClaimStatus> CODEC = new Codec<V1PodExtendedResourceClaimStatus>() {
    @Override
    public V1PodExtendedResourceClaimStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodExtendedResourceClaimStatus)");
      }
      V1PodExtendedResourceClaimStatus o = new V1PodExtendedResourceClaimStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.requestMappings = Codecs.listOf(V1ContainerExtendedResourceRequest.CODEC).read(p);
            break;
          case 1:
            o.resourceClaimName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodExtendedResourceClaimStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.requestMappings != null) {
        g.writeFieldName("requestMappings");
        Codecs.listOf(V1ContainerExtendedResourceRequest.CODEC).write(g, o.requestMappings);
      }
      if (o.resourceClaimName != null) {
        g.writeFieldName("resourceClaimName");
        Codecs.STRING.write(g, o.resourceClaimName);
      }
      g.writeEndObject();
    }
  };

  private List<V1ContainerExtendedResourceRequest> requestMappings;

  private String resourceClaimName;

  public V1PodExtendedResourceClaimStatus requestMappings(List<V1ContainerExtendedResourceRequest> requestMappings) {
    this.requestMappings = requestMappings;
    return this;
  }

  public V1PodExtendedResourceClaimStatus addRequestMappingsItem(V1ContainerExtendedResourceRequest item) {
    if (this.requestMappings == null) {
      this.requestMappings = new ArrayList<>();
    }
    this.requestMappings.add(item);
    return this;
  }

  /**
   * RequestMappings identifies the mapping of &lt;container, extended resource backed by DRA&gt;
   * to  device request in the generated ResourceClaim.
   *
   * @return requestMappings
   */
  public List<V1ContainerExtendedResourceRequest> getRequestMappings() {
    return requestMappings;
  }

  public void setRequestMappings(List<V1ContainerExtendedResourceRequest> requestMappings) {
    this.requestMappings = requestMappings;
  }

  public V1PodExtendedResourceClaimStatus resourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
    return this;
  }

  /**
   * ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the
   * namespace of the Pod.
   *
   * @return resourceClaimName
   */
  public String getResourceClaimName() {
    return resourceClaimName;
  }

  public void setResourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodExtendedResourceClaimStatus that = (V1PodExtendedResourceClaimStatus) other;
    return Objects.equals(requestMappings, that.requestMappings)
        && Objects.equals(resourceClaimName, that.resourceClaimName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(requestMappings, resourceClaimName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodExtendedResourceClaimStatus {\n");
    sb.append("    requestMappings: ").append(String.valueOf(requestMappings).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceClaimName: ").append(resourceClaimName).append('\n');
    return sb.append("}").toString();
  }
}
