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
 * WorkloadPodGroupResourceClaim references a dynamic resource claim that is shared across pods
 * in the group.
 */
public class V1alpha3WorkloadPodGroupResourceClaim {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "resourceClaimName",
      "resourceClaimTemplateName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3WorkloadPodGroupResourceClaim> CODEC = new Codec<V1alpha3WorkloadPodGroupResourceClaim>() {
    @Override
    public V1alpha3WorkloadPodGroupResourceClaim read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3WorkloadPodGroupResourceClaim)");
      }
      V1alpha3WorkloadPodGroupResourceClaim o = new V1alpha3WorkloadPodGroupResourceClaim();
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
    public void write(JsonGenerator g, V1alpha3WorkloadPodGroupResourceClaim o) throws IOException {
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

  public V1alpha3WorkloadPodGroupResourceClaim name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name uniquely identifies this resource claim inside the group. This field is required. It
   * must be a DNS_LABEL.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1alpha3WorkloadPodGroupResourceClaim resourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
    return this;
  }

  /**
   * resourceClaimName is the name of a ResourceClaim object in the same namespace. This field is
   * optional. If it is not specified, no resource claim is used. If set, it must be a DNS
   * subdomain.
   *
   * @return resourceClaimName
   */
  public String getResourceClaimName() {
    return resourceClaimName;
  }

  public void setResourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
  }

  public V1alpha3WorkloadPodGroupResourceClaim resourceClaimTemplateName(String resourceClaimTemplateName) {
    this.resourceClaimTemplateName = resourceClaimTemplateName;
    return this;
  }

  /**
   * resourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same
   * namespace. This field is optional. If it is not specified, no resource claim template is
   * used. If set, it must be a DNS subdomain.
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
    V1alpha3WorkloadPodGroupResourceClaim that = (V1alpha3WorkloadPodGroupResourceClaim) other;
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
    StringBuilder sb = new StringBuilder("class V1alpha3WorkloadPodGroupResourceClaim {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    resourceClaimName: ").append(resourceClaimName).append('\n');
    sb.append("    resourceClaimTemplateName: ").append(resourceClaimTemplateName).append('\n');
    return sb.append("}").toString();
  }
}
