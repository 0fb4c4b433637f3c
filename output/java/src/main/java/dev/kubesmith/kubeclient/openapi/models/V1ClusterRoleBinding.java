package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ClusterRoleBinding references a ClusterRole, but not contain it.  It can reference a
 * ClusterRole in the global namespace, and adds who information via Subject.
 */
public class V1ClusterRoleBinding implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "kind",
      "metadata",
      "roleRef",
      "subjects");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ClusterRoleBinding> CODEC = new Codec<V1ClusterRoleBinding>() {
    @Override
    public V1ClusterRoleBinding read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ClusterRoleBinding)");
      }
      V1ClusterRoleBinding o = new V1ClusterRoleBinding();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.kind = Codecs.STRING.read(p);
            break;
          case 2:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 3:
            o.roleRef = V1RoleRef.CODEC.read(p);
            break;
          case 4:
            o.subjects = Codecs.listOf(RbacV1Subject.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ClusterRoleBinding o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.roleRef != null) {
        g.writeFieldName("roleRef");
        V1RoleRef.CODEC.write(g, o.roleRef);
      }
      if (o.subjects != null) {
        g.writeFieldName("subjects");
        Codecs.listOf(RbacV1Subject.CODEC).write(g, o.subjects);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private String kind;

  private V1ObjectMeta metadata;

  private V1RoleRef roleRef;

  private List<RbacV1Subject> subjects;

  public V1ClusterRoleBinding apiVersion(String apiVersion) {
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

  public V1ClusterRoleBinding kind(String kind) {
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

  public V1ClusterRoleBinding metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * metadata is the standard object's metadata.
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1ClusterRoleBinding roleRef(V1RoleRef roleRef) {
    this.roleRef = roleRef;
    return this;
  }

  /**
   * roleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be
   * resolved, the Authorizer must return an error. This field is immutable.
   *
   * @return roleRef
   */
  public V1RoleRef getRoleRef() {
    return roleRef;
  }

  public void setRoleRef(V1RoleRef roleRef) {
    this.roleRef = roleRef;
  }

  public V1ClusterRoleBinding subjects(List<RbacV1Subject> subjects) {
    this.subjects = subjects;
    return this;
  }

  public V1ClusterRoleBinding addSubjectsItem(RbacV1Subject item) {
    if (this.subjects == null) {
      this.subjects = new ArrayList<>();
    }
    this.subjects.add(item);
    return this;
  }

  /**
   * subjects holds references to the objects the role applies to.
   *
   * @return subjects
   */
  public List<RbacV1Subject> getSubjects() {
    return subjects;
  }

  public void setSubjects(List<RbacV1Subject> subjects) {
    this.subjects = subjects;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ClusterRoleBinding that = (V1ClusterRoleBinding) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(roleRef, that.roleRef)
        && Objects.equals(subjects, that.subjects);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, metadata, roleRef, subjects);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ClusterRoleBinding {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    roleRef: ").append(String.valueOf(roleRef).replace("\n", "\n    ")).append('\n');
    sb.append("    subjects: ").append(String.valueOf(subjects).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
