package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * UserInfo holds the information about the user needed to implement the user.Info interface.
 */
public class V1UserInfo {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "extra",
      "groups",
      "uid",
      "username");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1UserInfo> CODEC = new Codec<V1UserInfo>() {
    @Override
    public V1UserInfo read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1UserInfo)");
      }
      V1UserInfo o = new V1UserInfo();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.extra = Codecs.mapOf(Codecs.listOf(Codecs.STRING)).read(p);
            break;
          case 1:
            o.groups = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.uid = Codecs.STRING.read(p);
            break;
          case 3:
            o.username = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1UserInfo o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.extra != null) {
        g.writeFieldName("extra");
        Codecs.mapOf(Codecs.listOf(Codecs.STRING)).write(g, o.extra);
      }
      if (o.groups != null) {
        g.writeFieldName("groups");
        Codecs.listOf(Codecs.STRING).write(g, o.groups);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.STRING.write(g, o.uid);
      }
      if (o.username != null) {
        g.writeFieldName("username");
        Codecs.STRING.write(g, o.username);
      }
      g.writeEndObject();
    }
  };

  private Map<String, List<String>> extra;

  private List<String> groups;

  private String uid;

  private String username;

  public V1UserInfo extra(Map<String, List<String>> extra) {
    this.extra = extra;
    return this;
  }

  public V1UserInfo putExtraItem(String key, List<String> item) {
    if (this.extra == null) {
      this.extra = new LinkedHashMap<>();
    }
    this.extra.put(key, item);
    return this;
  }

  /**
   * extra is any additional information provided by the authenticator.
   *
   * @return extra
   */
  public Map<String, List<String>> getExtra() {
    return extra;
  }

  public void setExtra(Map<String, List<String>> extra) {
    this.extra = extra;
  }

  public V1UserInfo groups(List<String> groups) {
    this.groups = groups;
    return this;
  }

  public V1UserInfo addGroupsItem(String item) {
    if (this.groups == null) {
      this.groups = new ArrayList<>();
    }
    this.groups.add(item);
    return this;
  }

  /**
   * groups is the names of groups this user is a part of.
   *
   * @return groups
   */
  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }

  public V1UserInfo uid(String uid) {
    this.uid = uid;
    return this;
  }

  /**
   * uid is a unique value that identifies this user across time. If this user is deleted and
   * another user by the same name is added, they will have different UIDs.
   *
   * @return uid
   */
  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  public V1UserInfo username(String username) {
    this.username = username;
    return this;
  }

  /**
   * username is the name that uniquely identifies this user among all active users.
   *
   * @return username
   */
  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1UserInfo that = (V1UserInfo) other;
    return Objects.equals(extra, that.extra)
        && Objects.equals(groups, that.groups)
        && Objects.equals(uid, that.uid)
        && Objects.equals(username, that.username);
  }

  @Override
  public int hashCode() {
    return Objects.hash(extra, groups, uid, username);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1UserInfo {\n");
    sb.append("    extra: ").append(String.valueOf(extra).replace("\n", "\n    ")).append('\n');
    sb.append("    groups: ").append(String.valueOf(groups).replace("\n", "\n    ")).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    sb.append("    username: ").append(username).append('\n');
    return sb.append("}").toString();
  }
}
