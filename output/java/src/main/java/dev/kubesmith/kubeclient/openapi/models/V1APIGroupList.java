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
 * APIGroupList is a list of APIGroup, to allow clients to discover the API at /apis.
 */
public class V1APIGroupList {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "groups",
      "kind");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1APIGroupList> CODEC = new Codec<V1APIGroupList>() {
    @Override
    public V1APIGroupList read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1APIGroupList)");
      }
      V1APIGroupList o = new V1APIGroupList();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.groups = Codecs.listOf(V1APIGroup.CODEC).read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1APIGroupList o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.groups != null) {
        g.writeFieldName("groups");
        Codecs.listOf(V1APIGroup.CODEC).write(g, o.groups);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private List<V1APIGroup> groups;

  private String kind;

  public V1APIGroupList apiVersion(String apiVersion) {
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

  public V1APIGroupList groups(List<V1APIGroup> groups) {
    this.groups = groups;
    return this;
  }

  public V1APIGroupList addGroupsItem(V1APIGroup item) {
    if (this.groups == null) {
      this.groups = new ArrayList<>();
    }
    this.groups.add(item);
    return this;
  }

  /**
   * groups is a list of APIGroup.
   *
   * @return groups
   */
  public List<V1APIGroup> getGroups() {
    return groups;
  }

  public void setGroups(List<V1APIGroup> groups) {
    this.groups = groups;
  }

  public V1APIGroupList kind(String kind) {
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

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1APIGroupList that = (V1APIGroupList) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(groups, that.groups)
        && Objects.equals(kind, that.kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, groups, kind);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1APIGroupList {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    groups: ").append(String.valueOf(groups).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    return sb.append("}").toString();
  }
}
