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
 * NodeSwapStatus represents swap memory information.
 */
public class V1NodeSwapStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "capacity");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeSwapStatus> CODEC = new Codec<V1NodeSwapStatus>() {
    @Override
    public V1NodeSwapStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeSwapStatus)");
      }
      V1NodeSwapStatus o = new V1NodeSwapStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.capacity = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeSwapStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.capacity != null) {
        g.writeFieldName("capacity");
        Codecs.INT64.write(g, o.capacity);
      }
      g.writeEndObject();
    }
  };

  private Long capacity;

  public V1NodeSwapStatus capacity(Long capacity) {
    this.capacity = capacity;
    return this;
  }

  /**
   * Total amount of swap memory in bytes.
   *
   * @return capacity
   */
  public Long getCapacity() {
    return capacity;
  }

  public void setCapacity(Long capacity) {
    this.capacity = capacity;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeSwapStatus that = (V1NodeSwapStatus) other;
    return Objects.equals(capacity, that.capacity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacity);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeSwapStatus {\n");
    sb.append("    capacity: ").append(capacity).append('\n');
    return sb.append("}").toString();
  }
}
