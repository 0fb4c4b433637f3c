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
 * ShardInfo describes the shard selector that was applied to produce a list response. Its
 * presence on a list response indicates the list is a filtered subset.
 */
public class V1ShardInfo {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "selector");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ShardInfo> CODEC = new Codec<V1ShardInfo>() {
    @Override
    public V1ShardInfo read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ShardInfo)");
      }
      V1ShardInfo o = new V1ShardInfo();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.selector = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ShardInfo o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.selector != null) {
        g.writeFieldName("selector");
        Codecs.STRING.write(g, o.selector);
      }
      g.writeEndObject();
    }
  };

  private String selector;

  public V1ShardInfo selector(String selector) {
    this.selector = selector;
    return this;
  }

  /**
   * selector is the shard selector string from the request, echoed back so clients can verify
   * which shard they received and merge responses from multiple shards.
   *
   * @return selector
   */
  public String getSelector() {
    return selector;
  }

  public void setSelector(String selector) {
    this.selector = selector;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ShardInfo that = (V1ShardInfo) other;
    return Objects.equals(selector, that.selector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(selector);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ShardInfo {\n");
    sb.append("    selector: ").append(selector).append('\n');
    return sb.append("}").toString();
  }
}
