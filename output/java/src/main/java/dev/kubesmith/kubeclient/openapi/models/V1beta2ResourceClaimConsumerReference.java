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
 * ResourceClaimConsumerReference contains enough information to let you locate the consumer of
 * a ResourceClaim. The user must be a resource in the same namespace as the ResourceClaim.
 */
public class V1beta2ResourceClaimConsumerReference {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiGroup",
      "name",
      "resource",
      "uid");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2ResourceClaimConsumerReference> CODEC = new Codec<V1beta2ResourceClaimConsumerReference>() {
    @Override
    public V1beta2ResourceClaimConsumerReference read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2ResourceClaimConsumerReference)");
      }
      V1beta2ResourceClaimConsumerReference o = new V1beta2ResourceClaimConsumerReference();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiGroup = Codecs.STRING.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          case 2:
            o.resource = Codecs.STRING.read(p);
            break;
          case 3:
            o.uid = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2ResourceClaimConsumerReference o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiGroup != null) {
        g.writeFieldName("apiGroup");
        Codecs.STRING.write(g, o.apiGroup);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.resource != null) {
        g.writeFieldName("resource");
        Codecs.STRING.write(g, o.resource);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.STRING.write(g, o.uid);
      }
      g.writeEndObject();
    }
  };

  private String apiGroup;

  private String name;

  private String resource;

  private String uid;

  public V1beta2ResourceClaimConsumerReference apiGroup(String apiGroup) {
    this.apiGroup = apiGroup;
    return this;
  }

  /**
   * APIGroup is the group for the resource being referenced. It is empty for the core API. This
   * matches the group in the APIVersion that is used when creating the resources.
   *
   * @return apiGroup
   */
  public String getApiGroup() {
    return apiGroup;
  }

  public void setApiGroup(String apiGroup) {
    this.apiGroup = apiGroup;
  }

  public V1beta2ResourceClaimConsumerReference name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name is the name of resource being referenced.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1beta2ResourceClaimConsumerReference resource(String resource) {
    this.resource = resource;
    return this;
  }

  /**
   * Resource is the type of resource being referenced, for example "pods".
   *
   * @return resource
   */
  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  public V1beta2ResourceClaimConsumerReference uid(String uid) {
    this.uid = uid;
    return this;
  }

  /**
   * UID identifies exactly one incarnation of the resource.
   *
   * @return uid
   */
  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2ResourceClaimConsumerReference that = (V1beta2ResourceClaimConsumerReference) other;
    return Objects.equals(apiGroup, that.apiGroup)
        && Objects.equals(name, that.name)
        && Objects.equals(resource, that.resource)
        && Objects.equals(uid, that.uid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiGroup, name, resource, uid);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2ResourceClaimConsumerReference {\n");
    sb.append("    apiGroup: ").append(apiGroup).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    resource: ").append(resource).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    return sb.append("}").toString();
  }
}
