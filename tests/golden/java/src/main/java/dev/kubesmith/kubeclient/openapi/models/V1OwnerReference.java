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
 * OwnerReference contains enough information to let you identify an owning object. An owning
 * object must be in the same namespace as the dependent, or be cluster-scoped, so there is no
 * namespace field.
 */
public class V1OwnerReference {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "blockOwnerDeletion",
      "controller",
      "kind",
      "name",
      "uid");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1OwnerReference> CODEC = new Codec<V1OwnerReference>() {
    @Override
    public V1OwnerReference read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1OwnerReference)");
      }
      V1OwnerReference o = new V1OwnerReference();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.blockOwnerDeletion = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.controller = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.kind = Codecs.STRING.read(p);
            break;
          case 4:
            o.name = Codecs.STRING.read(p);
            break;
          case 5:
            o.uid = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1OwnerReference o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.blockOwnerDeletion != null) {
        g.writeFieldName("blockOwnerDeletion");
        Codecs.BOOLEAN.write(g, o.blockOwnerDeletion);
      }
      if (o.controller != null) {
        g.writeFieldName("controller");
        Codecs.BOOLEAN.write(g, o.controller);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.STRING.write(g, o.uid);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private Boolean blockOwnerDeletion;

  private Boolean controller;

  private String kind;

  private String name;

  private String uid;

  public V1OwnerReference apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * API version of the referent.
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1OwnerReference blockOwnerDeletion(Boolean blockOwnerDeletion) {
    this.blockOwnerDeletion = blockOwnerDeletion;
    return this;
  }

  /**
   * If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be
   * deleted from the key-value store until this reference is removed. See
   * https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for
   * how the garbage collector interacts with this field and enforces the foreground deletion.
   * Defaults to false. To set this field, a user needs "delete" permission of the owner,
   * otherwise 422 (Unprocessable Entity) will be returned.
   *
   * @return blockOwnerDeletion
   */
  public Boolean getBlockOwnerDeletion() {
    return blockOwnerDeletion;
  }

  public void setBlockOwnerDeletion(Boolean blockOwnerDeletion) {
    this.blockOwnerDeletion = blockOwnerDeletion;
  }

  public V1OwnerReference controller(Boolean controller) {
    this.controller = controller;
    return this;
  }

  /**
   * If true, this reference points to the managing controller.
   *
   * @return controller
   */
  public Boolean getController() {
    return controller;
  }

  public void setController(Boolean controller) {
    this.controller = controller;
  }

  public V1OwnerReference kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind of the referent. More info:
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

  public V1OwnerReference name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name of the referent. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1OwnerReference uid(String uid) {
    this.uid = uid;
    return this;
  }

  /**
   * UID of the referent. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids
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
    V1OwnerReference that = (V1OwnerReference) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(blockOwnerDeletion, that.blockOwnerDeletion)
        && Objects.equals(controller, that.controller)
        && Objects.equals(kind, that.kind)
        && Objects.equals(name, that.name)
        && Objects.equals(uid, that.uid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, blockOwnerDeletion, controller, kind, name, uid);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1OwnerReference {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    blockOwnerDeletion: ").append(blockOwnerDeletion).append('\n');
    sb.append("    controller: ").append(controller).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    return sb.append("}").toString();
  }
}
