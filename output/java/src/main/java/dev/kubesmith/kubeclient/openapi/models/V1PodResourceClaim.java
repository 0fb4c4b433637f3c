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
 * PodResourceClaim references exactly one ResourceClaim, either directly or by naming a
 * ResourceClaimTemplate which is then turned into a ResourceClaim for the pod.
 *
 * It adds a name to it that uniquely identifies the ResourceClaim inside the Pod. Containers
 * that need access to the ResourceClaim reference it with this name.
 *
 * When the DRAWorkloadResourceClaims feature gate is enabled and this Pod belongs to a
 * PodGroup, a PodResourceClaim is matched to a PodGroupResourceClaim if all of their fields
 * are equal (Name, ResourceClaimName, and ResourceClaimTemplateName). A matched claim
 * references a single ResourceClaim shared across all Pods in the PodGroup, reserved for the
 * PodGroup in ResourceClaimStatus.ReservedFor rather than for individual Pods.
 */
public class V1PodResourceClaim {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "resourceClaimName",
      "resourceClaimTemplateName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodResourceClaim> CODEC = new Codec<V1PodResourceClaim>() {
    @Override
    public V1PodResourceClaim read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodResourceClaim)");
      }
      V1PodResourceClaim o = new V1PodResourceClaim();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.resourceClaimName = Codecs.STRING.read(p);
            break;
          case 2:
            o.resourceClaimTemplateName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodResourceClaim o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.resourceClaimName != null) {
        g.writeFieldName("resourceClaimName");
        Codecs.STRING.write(g, o.resourceClaimName);
      }
      if (o.resourceClaimTemplateName != null) {
        g.writeFieldName("resourceClaimTemplateName");
        Codecs.STRING.write(g, o.resourceClaimTemplateName);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private String resourceClaimName;

  private String resourceClaimTemplateName;

  public V1PodResourceClaim name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name uniquely identifies this resource claim inside the pod. This must be a DNS_LABEL.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1PodResourceClaim resourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
    return this;
  }

  /**
   * ResourceClaimName is the name of a ResourceClaim object in the same namespace as this pod.
   *
   * Exactly one of ResourceClaimName and ResourceClaimTemplateName must be set.
   *
   * @return resourceClaimName
   */
  public String getResourceClaimName() {
    return resourceClaimName;
  }

  public void setResourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
  }

  public V1PodResourceClaim resourceClaimTemplateName(String resourceClaimTemplateName) {
    this.resourceClaimTemplateName = resourceClaimTemplateName;
    return this;
  }

  /**
   * ResourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same
   * namespace as this pod.
   *
   * The template will be used to create a new ResourceClaim, which will be bound to this pod.
   * When this pod is deleted, the ResourceClaim will also be deleted. The pod name and resource
   * name, along with a generated component, will be used to form a unique name for the
   * ResourceClaim, which will be recorded in pod.status.resourceClaimStatuses.
   *
   * When the DRAWorkloadResourceClaims feature gate is enabled and the pod belongs to a PodGroup
   * that defines a PodGroupResourceClaim with the same Name and ResourceClaimTemplateName, this
   * PodResourceClaim resolves to the ResourceClaim generated for the PodGroup. All pods in the
   * group that define an equivalent PodResourceClaim matching the PodGroupResourceClaim's Name
   * and ResourceClaimTemplateName share the same generated ResourceClaim. ResourceClaims
   * generated for a PodGroup are owned by the PodGroup and their lifecycles are tied to the
   * PodGroup instead of any individual pod.
   *
   * This field is immutable and no changes will be made to the corresponding ResourceClaim by
   * the control plane after creating the ResourceClaim.
   *
   * Exactly one of ResourceClaimName and ResourceClaimTemplateName must be set.
   *
   * @return resourceClaimTemplateName
   */
  public String getResourceClaimTemplateName() {
    return resourceClaimTemplateName;
  }

  public void setResourceClaimTemplateName(String resourceClaimTemplateName) {
    this.resourceClaimTemplateName = resourceClaimTemplateName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodResourceClaim that = (V1PodResourceClaim) other;
    return Objects.equals(name, that.name)
        && Objects.equals(resourceClaimName, that.resourceClaimName)
        && Objects.equals(resourceClaimTemplateName, that.resourceClaimTemplateName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, resourceClaimName, resourceClaimTemplateName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodResourceClaim {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    resourceClaimName: ").append(resourceClaimName).append('\n');
    sb.append("    resourceClaimTemplateName: ").append(resourceClaimTemplateName).append('\n');
    return sb.append("}").toString();
  }
}
