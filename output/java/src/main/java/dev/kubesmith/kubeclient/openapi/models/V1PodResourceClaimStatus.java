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
 * PodResourceClaimStatus is stored in the PodStatus for each PodResourceClaim which references
 * a ResourceClaimTemplate. It stores the generated name for the corresponding ResourceClaim.
 */
public class V1PodResourceClaimStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "resourceClaimName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodResourceClaimStatus> CODEC = new Codec<V1PodResourceClaimStatus>() {
    @Override
    public V1PodResourceClaimStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodResourceClaimStatus)");
      }
      V1PodResourceClaimStatus o = new V1PodResourceClaimStatus();
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
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodResourceClaimStatus o) throws IOException {
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
      g.writeEndObject();
    }
  };

  private String name;

  private String resourceClaimName;

  public V1PodResourceClaimStatus name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name uniquely identifies this resource claim inside the pod. This must match the name of an
   * entry in pod.spec.resourceClaims, which implies that the string must be a DNS_LABEL.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1PodResourceClaimStatus resourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
    return this;
  }

  /**
   * ResourceClaimName is the name of the ResourceClaim that was generated for the Pod in the
   * namespace of the Pod.
   *
   * When the DRAWorkloadResourceClaims feature is enabled and the corresponding PodResourceClaim
   * matches a PodGroupResourceClaim made by the Pod's PodGroup, then this is the name of the
   * ResourceClaim generated and reserved for the PodGroup.
   *
   * If this is unset, then generating a ResourceClaim was not necessary. The
   * pod.spec.resourceClaims entry can be ignored in this case.
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
    V1PodResourceClaimStatus that = (V1PodResourceClaimStatus) other;
    return Objects.equals(name, that.name)
        && Objects.equals(resourceClaimName, that.resourceClaimName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, resourceClaimName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodResourceClaimStatus {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    resourceClaimName: ").append(resourceClaimName).append('\n');
    return sb.append("}").toString();
  }
}
