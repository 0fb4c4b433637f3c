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
 * ListMeta describes metadata that synthetic resources must have, including lists and various
 * status objects. A resource may have only one of {ObjectMeta, ListMeta}.
 */
public class V1ListMeta {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "continue",
      "remainingItemCount",
      "resourceVersion",
      "selfLink",
      "shardInfo");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ListMeta> CODEC = new Codec<V1ListMeta>() {
    @Override
    public V1ListMeta read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ListMeta)");
      }
      V1ListMeta o = new V1ListMeta();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o._continue = Codecs.STRING.read(p);
            break;
          case 1:
            o.remainingItemCount = Codecs.INT64.read(p);
            break;
          case 2:
            o.resourceVersion = Codecs.STRING.read(p);
            break;
          case 3:
            o.selfLink = Codecs.STRING.read(p);
            break;
          case 4:
            o.shardInfo = V1ShardInfo.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ListMeta o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o._continue != null) {
        g.writeFieldName("continue");
        Codecs.STRING.write(g, o._continue);
      }
      if (o.remainingItemCount != null) {
        g.writeFieldName("remainingItemCount");
        Codecs.INT64.write(g, o.remainingItemCount);
      }
      if (o.resourceVersion != null) {
        g.writeFieldName("resourceVersion");
        Codecs.STRING.write(g, o.resourceVersion);
      }
      if (o.selfLink != null) {
        g.writeFieldName("selfLink");
        Codecs.STRING.write(g, o.selfLink);
      }
      if (o.shardInfo != null) {
        g.writeFieldName("shardInfo");
        V1ShardInfo.CODEC.write(g, o.shardInfo);
      }
      g.writeEndObject();
    }
  };

  private String _continue;

  private Long remainingItemCount;

  private String resourceVersion;

  private String selfLink;

  private V1ShardInfo shardInfo;

  public V1ListMeta _continue(String _continue) {
    this._continue = _continue;
    return this;
  }

  /**
   * continue may be set if the user set a limit on the number of items returned, and indicates
   * that the server has more data available. The value is opaque and may be used to issue
   * another request to the endpoint that served this list to retrieve the next set of available
   * objects. Continuing a consistent list may not be possible if the server configuration has
   * changed or more than a few minutes have passed. The resourceVersion field returned when
   * using this continue value will be identical to the value in the first response, unless you
   * have received this token from an error message.
   *
   * @return _continue
   */
  public String getContinue() {
    return _continue;
  }

  public void setContinue(String _continue) {
    this._continue = _continue;
  }

  public V1ListMeta remainingItemCount(Long remainingItemCount) {
    this.remainingItemCount = remainingItemCount;
    return this;
  }

  /**
   * remainingItemCount is the number of subsequent items in the list which are not included in
   * this list response. If the list request contained label or field selectors, then the number
   * of remaining items is unknown and the field will be left unset and omitted during
   * serialization. If the list is complete (either because it is not chunking or because this is
   * the last chunk), then there are no more remaining items and this field will be left unset
   * and omitted during serialization. Servers older than v1.15 do not set this field. The
   * intended use of the remainingItemCount is *estimating* the size of a collection. Clients
   * should not rely on the remainingItemCount to be set or to be exact.
   *
   * @return remainingItemCount
   */
  public Long getRemainingItemCount() {
    return remainingItemCount;
  }

  public void setRemainingItemCount(Long remainingItemCount) {
    this.remainingItemCount = remainingItemCount;
  }

  public V1ListMeta resourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return this;
  }

  /**
   * String that identifies the server's internal version of this object that can be used by
   * clients to determine when objects have changed. Value must be treated as opaque by clients
   * and passed unmodified back to the server. Populated by the system. Read-only. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
   *
   * @return resourceVersion
   */
  public String getResourceVersion() {
    return resourceVersion;
  }

  public void setResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
  }

  public V1ListMeta selfLink(String selfLink) {
    this.selfLink = selfLink;
    return this;
  }

  /**
   * Deprecated: selfLink is a legacy read-only field that is no longer populated by the system.
   *
   * @return selfLink
   */
  public String getSelfLink() {
    return selfLink;
  }

  public void setSelfLink(String selfLink) {
    this.selfLink = selfLink;
  }

  public V1ListMeta shardInfo(V1ShardInfo shardInfo) {
    this.shardInfo = shardInfo;
    return this;
  }

  /**
   * shardInfo is set when the list is a filtered subset of the full collection, as selected by a
   * shard selector on the request. It echoes back the selector so clients can verify which shard
   * they received and merge sharded responses. Clients should not cache sharded list responses
   * as a full representation of the collection.
   *
   * This is an alpha field and requires enabling the ShardedListAndWatch feature gate.
   *
   * @return shardInfo
   */
  public V1ShardInfo getShardInfo() {
    return shardInfo;
  }

  public void setShardInfo(V1ShardInfo shardInfo) {
    this.shardInfo = shardInfo;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ListMeta that = (V1ListMeta) other;
    return Objects.equals(_continue, that._continue)
        && Objects.equals(remainingItemCount, that.remainingItemCount)
        && Objects.equals(resourceVersion, that.resourceVersion)
        && Objects.equals(selfLink, that.selfLink)
        && Objects.equals(shardInfo, that.shardInfo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(_continue, remainingItemCount, resourceVersion, selfLink, shardInfo);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ListMeta {\n");
    sb.append("    _continue: ").append(_continue).append('\n');
    sb.append("    remainingItemCount: ").append(remainingItemCount).append('\n');
    sb.append("    resourceVersion: ").append(resourceVersion).append('\n');
    sb.append("    selfLink: ").append(selfLink).append('\n');
    sb.append("    shardInfo: ").append(String.valueOf(shardInfo).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
