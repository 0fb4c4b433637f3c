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
 * LinuxContainerUser represents user identity information in Linux containers
 */
public class V1LinuxContainerUser {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "gid",
      "supplementalGroups",
      "uid");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LinuxContainerUser> CODEC = new Codec<V1LinuxContainerUser>() {
    @Override
    public V1LinuxContainerUser read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LinuxContainerUser)");
      }
      V1LinuxContainerUser o = new V1LinuxContainerUser();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.gid = Codecs.INT64.read(p);
            break;
          case 1:
            o.supplementalGroups = Codecs.listOf(Codecs.INT64).read(p);
            break;
          case 2:
            o.uid = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LinuxContainerUser o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.gid != null) {
        g.writeFieldName("gid");
        Codecs.INT64.write(g, o.gid);
      }
      if (o.supplementalGroups != null) {
        g.writeFieldName("supplementalGroups");
        Codecs.listOf(Codecs.INT64).write(g, o.supplementalGroups);
      }
      if (o.uid != null) {
        g.writeFieldName("uid");
        Codecs.INT64.write(g, o.uid);
      }
      g.writeEndObject();
    }
  };

  private Long gid;

  private List<Long> supplementalGroups;

  private Long uid;

  public V1LinuxContainerUser gid(Long gid) {
    this.gid = gid;
    return this;
  }

  /**
   * GID is the primary gid initially attached to the first process in the container
   *
   * @return gid
   */
  public Long getGid() {
    return gid;
  }

  public void setGid(Long gid) {
    this.gid = gid;
  }

  public V1LinuxContainerUser supplementalGroups(List<Long> supplementalGroups) {
    this.supplementalGroups = supplementalGroups;
    return this;
  }

  public V1LinuxContainerUser addSupplementalGroupsItem(Long item) {
    if (this.supplementalGroups == null) {
      this.supplementalGroups = new ArrayList<>();
    }
    this.supplementalGroups.add(item);
    return this;
  }

  /**
   * SupplementalGroups are the supplemental groups initially attached to the first process in
   * the container
   *
   * @return supplementalGroups
   */
  public List<Long> getSupplementalGroups() {
    return supplementalGroups;
  }

  public void setSupplementalGroups(List<Long> supplementalGroups) {
    this.supplementalGroups = supplementalGroups;
  }

  public V1LinuxContainerUser uid(Long uid) {
    this.uid = uid;
    return this;
  }

  /**
   * UID is the primary uid initially attached to the first process in the container
   *
   * @return uid
   */
  public Long getUid() {
    return uid;
  }

  public void setUid(Long uid) {
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
    V1LinuxContainerUser that = (V1LinuxContainerUser) other;
    return Objects.equals(gid, that.gid)
        && Objects.equals(supplementalGroups, that.supplementalGroups)
        && Objects.equals(uid, that.uid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gid, supplementalGroups, uid);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LinuxContainerUser {\n");
    sb.append("    gid: ").append(gid).append('\n');
    sb.append("    supplementalGroups: ").append(String.valueOf(supplementalGroups).replace("\n", "\n    ")).append('\n');
    sb.append("    uid: ").append(uid).append('\n');
    return sb.append("}").toString();
  }
}
