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
 * APIResourceList is a list of APIResource, it is used to expose the name of the resources
 * supported in a specific group and version, and if the resource is namespaced.
 */
public class V1APIResourceList {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "groupVersion",
      "kind",
      "resources");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1APIResourceList> CODEC = new Codec<V1APIResourceList>() {
    @Override
    public V1APIResourceList read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1APIResourceList)");
      }
      V1APIResourceList o = new V1APIResourceList();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.groupVersion = Codecs.STRING.read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          case 3:
            o.resources = Codecs.listOf(V1APIResource.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1APIResourceList o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.groupVersion != null) {
        g.writeFieldName("groupVersion");
        Codecs.STRING.write(g, o.groupVersion);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        Codecs.listOf(V1APIResource.CODEC).write(g, o.resources);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String groupVersion;

  private String kind;

  private List<V1APIResource> resources;

  public V1APIResourceList apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1APIResourceList groupVersion(String groupVersion) {
    this.groupVersion = groupVersion;
    return this;
  }

  /**
   * groupVersion is the group and version this APIResourceList is for.
   *
   * @return groupVersion
   */
  public String getGroupVersion() {
    return groupVersion;
  }

  public void setGroupVersion(String groupVersion) {
    this.groupVersion = groupVersion;
  }

  public V1APIResourceList kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1APIResourceList resources(List<V1APIResource> resources) {
    this.resources = resources;
    return this;
  }

  public V1APIResourceList addResourcesItem(V1APIResource item) {
    if (this.resources == null) {
      this.resources = new ArrayList<>();
    }
    this.resources.add(item);
    return this;
  }

  /**
   * resources contains the name of the resources and if they are namespaced.
   *
   * @return resources
   */
  public List<V1APIResource> getResources() {
    return resources;
  }

  public void setResources(List<V1APIResource> resources) {
    this.resources = resources;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1APIResourceList that = (V1APIResourceList) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(groupVersion, that.groupVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(resources, that.resources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, groupVersion, kind, resources);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1APIResourceList {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    groupVersion: ").append(groupVersion).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
