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
 * Subject matches the originator of a request, as identified by the request authentication
 * system. There are three ways of matching an originator; by user, group, or service account.
 */
public class FlowcontrolV1Subject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "group",
      "kind",
      "serviceAccount",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<FlowcontrolV1Subject> CODEC = new Codec<FlowcontrolV1Subject>() {
    @Override
    public FlowcontrolV1Subject read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (FlowcontrolV1Subject)");
      }
      FlowcontrolV1Subject o = new FlowcontrolV1Subject();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.group = V1GroupSubject.CODEC.read(p);
            break;
          case 1:
            o.kind = Codecs.STRING.read(p);
            break;
          case 2:
            o.serviceAccount = V1ServiceAccountSubject.CODEC.read(p);
            break;
          case 3:
            o.user = V1UserSubject.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, FlowcontrolV1Subject o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.group != null) {
        g.writeFieldName("group");
        V1GroupSubject.CODEC.write(g, o.group);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.serviceAccount != null) {
        g.writeFieldName("serviceAccount");
        V1ServiceAccountSubject.CODEC.write(g, o.serviceAccount);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        V1UserSubject.CODEC.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private V1GroupSubject group;

  private String kind;

  private V1ServiceAccountSubject serviceAccount;

  private V1UserSubject user;

  public FlowcontrolV1Subject group(V1GroupSubject group) {
    this.group = group;
    return this;
  }

  /**
   * `group` matches based on user group name.
   *
   * @return group
   */
  public V1GroupSubject getGroup() {
    return group;
  }

  public void setGroup(V1GroupSubject group) {
    this.group = group;
  }

  public FlowcontrolV1Subject kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * `kind` indicates which one of the other fields is non-empty. Required
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public FlowcontrolV1Subject serviceAccount(V1ServiceAccountSubject serviceAccount) {
    this.serviceAccount = serviceAccount;
    return this;
  }

  /**
   * `serviceAccount` matches ServiceAccounts.
   *
   * @return serviceAccount
   */
  public V1ServiceAccountSubject getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(V1ServiceAccountSubject serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public FlowcontrolV1Subject user(V1UserSubject user) {
    this.user = user;
    return this;
  }

  /**
   * `user` matches based on username.
   *
   * @return user
   */
  public V1UserSubject getUser() {
    return user;
  }

  public void setUser(V1UserSubject user) {
    this.user = user;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    FlowcontrolV1Subject that = (FlowcontrolV1Subject) other;
    return Objects.equals(group, that.group)
        && Objects.equals(kind, that.kind)
        && Objects.equals(serviceAccount, that.serviceAccount)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, kind, serviceAccount, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class FlowcontrolV1Subject {\n");
    sb.append("    group: ").append(String.valueOf(group).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    serviceAccount: ").append(String.valueOf(serviceAccount).replace("\n", "\n    ")).append('\n');
    sb.append("    user: ").append(String.valueOf(user).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
