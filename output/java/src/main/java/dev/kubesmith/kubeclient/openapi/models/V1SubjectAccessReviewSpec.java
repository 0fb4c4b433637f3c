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
 * SubjectAccessReviewSpec is a description of the access request.  Exactly one of
 * resourceAttributes and nonResourceAttributes must be set
 */
public class V1SubjectAccessReviewSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "extra",
      "groups",
      "nonResourceAttributes",
      "resourceAttributes",
      "uid",
      "user");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SubjectAccessReviewSpec> CODEC = new Codec<V1SubjectAccessReviewSpec>() {
    @Override
    public V1SubjectAccessReviewSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SubjectAccessReviewSpec)");
      }
      V1SubjectAccessReviewSpec o = new V1SubjectAccessReviewSpec();
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
            o.nonResourceAttributes = V1NonResourceAttributes.CODEC.read(p);
            break;
          case 3:
            o.resourceAttributes = V1ResourceAttributes.CODEC.read(p);
            break;
          case 4:
            o.uid = Codecs.STRING.read(p);
            break;
          case 5:
            o.user = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SubjectAccessReviewSpec o) throws IOException {
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
      if (o.nonResourceAttributes != null) {
        g.writeFieldName("nonResourceAttributes");
        V1NonResourceAttributes.CODEC.write(g, o.nonResourceAttributes);
      }
      if (o.resourceAttributes != null) {
        g.writeFieldName("resourceAttributes");
        V1ResourceAttributes.CODEC.write(g, o.resourceAttributes);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.STRING.write(g, o.uid);
      }
      if (o.user != null) {
        g.writeFieldName("user");
        Codecs.STRING.write(g, o.user);
      }
      g.writeEndObject();
    }
  };

  private Map<String, List<String>> extra;

  private List<String> groups;

  private V1NonResourceAttributes nonResourceAttributes;

  private V1ResourceAttributes resourceAttributes;

  private String uid;

  private String user;

  public V1SubjectAccessReviewSpec extra(Map<String, List<String>> extra) {
    this.extra = extra;
    return this;
  }

  public V1SubjectAccessReviewSpec putExtraItem(String key, List<String> item) {
    if (this.extra == null) {
      this.extra = new LinkedHashMap<>();
    }
    this.extra.put(key, item);
    return this;
  }

  /**
   * extra corresponds to the user.Info.GetExtra() method from the authenticator.  Since that is
   * input to the authorizer it needs a reflection here.
   *
   * @return extra
   */
  public Map<String, List<String>> getExtra() {
    return extra;
  }

  public void setExtra(Map<String, List<String>> extra) {
    this.extra = extra;
  }

  public V1SubjectAccessReviewSpec groups(List<String> groups) {
    this.groups = groups;
    return this;
  }

  public V1SubjectAccessReviewSpec addGroupsItem(String item) {
    if (this.groups == null) {
      this.groups = new ArrayList<>();
    }
    this.groups.add(item);
    return this;
  }

  /**
   * groups is the groups you're testing for.
   *
   * @return groups
   */
  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }

  public V1SubjectAccessReviewSpec nonResourceAttributes(V1NonResourceAttributes nonResourceAttributes) {
    this.nonResourceAttributes = nonResourceAttributes;
    return this;
  }

  /**
   * nonResourceAttributes describes information for a non-resource access request
   *
   * @return nonResourceAttributes
   */
  public V1NonResourceAttributes getNonResourceAttributes() {
    return nonResourceAttributes;
  }

  public void setNonResourceAttributes(V1NonResourceAttributes nonResourceAttributes) {
    this.nonResourceAttributes = nonResourceAttributes;
  }

  public V1SubjectAccessReviewSpec resourceAttributes(V1ResourceAttributes resourceAttributes) {
    this.resourceAttributes = resourceAttributes;
    return this;
  }

  /**
   * resourceAttributes describes information for a resource access request
   *
   * @return resourceAttributes
   */
  public V1ResourceAttributes getResourceAttributes() {
    return resourceAttributes;
  }

  public void setResourceAttributes(V1ResourceAttributes resourceAttributes) {
    this.resourceAttributes = resourceAttributes;
  }

  public V1SubjectAccessReviewSpec uid(String uid) {
    this.uid = uid;
    return this;
  }

  /**
   * uid information about the requesting user.
   *
   * @return uid
   */
  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  public V1SubjectAccessReviewSpec user(String user) {
    this.user = user;
    return this;
  }

  /**
   * user is the user you're testing for. If you specify "User" but not "Groups", then is it
   * interpreted as "What if User were not a member of any groups
   *
   * @return user
   */
  public String getUser() {
    return user;
  }

  public void setUser(String user) {
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
    V1SubjectAccessReviewSpec that = (V1SubjectAccessReviewSpec) other;
    return Objects.equals(extra, that.extra)
        && Objects.equals(groups, that.groups)
        && Objects.equals(nonResourceAttributes, that.nonResourceAttributes)
        && Objects.equals(resourceAttributes, that.resourceAttributes)
        && Objects.equals(uid, that.uid)
        && Objects.equals(user, that.user);
  }

  @Override
  public int hashCode() {
    return Objects.hash(extra, groups, nonResourceAttributes, resourceAttributes, uid, user);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SubjectAccessReviewSpec {\n");
    sb.append("    extra: ").append(String.valueOf(extra).replace("\n", "\n    ")).append('\n');
    sb.append("    groups: ").append(String.valueOf(groups).replace("\n", "\n    ")).append('\n');
    sb.append("    nonResourceAttributes: ").append(String.valueOf(nonResourceAttributes).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceAttributes: ").append(String.valueOf(resourceAttributes).replace("\n", "\n    ")).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    sb.append("    user: ").append(user).append('\n');
    return sb.append("}").toString();
  }
}
