package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * ShareableCapacityStatus reports aggregate amounts for a single shareable capacity key.
 */
public class V1alpha3ShareableCapacityStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "available",
      "consumed",
      "name",
      "total");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3ShareableCapacityStatus> CODEC = new Codec<V1alpha3ShareableCapacityStatus>() {
    @Override
    public V1alpha3ShareableCapacityStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3ShareableCapacityStatus)");
      }
      V1alpha3ShareableCapacityStatus o = new V1alpha3ShareableCapacityStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.available = Codecs.QUANTITY.read(p);
            break;
          case 1:
            o.consumed = Codecs.QUANTITY.read(p);
            break;
          case 2:
            o.name = Codecs.STRING.read(p);
            break;
          case 3:
            o.total = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3ShareableCapacityStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.available != null) {
        g.writeFieldName("available");
        Codecs.QUANTITY.write(g, o.available);
      }
      if (o.consumed != null) {
        g.writeFieldName("consumed");
        Codecs.QUANTITY.write(g, o.consumed);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.total != null) {
        g.writeFieldName("total");
        Codecs.QUANTITY.write(g, o.total);
      }
      g.writeEndObject();
    }
  };

  private Quantity available;

  private Quantity consumed;

  private String name;

  private Quantity total;

  public V1alpha3ShareableCapacityStatus available(Quantity available) {
    this.available = available;
    return this;
  }

  /**
   * Available is Total minus Consumed, never negative.
   *
   * @return available
   */
  public Quantity getAvailable() {
    return available;
  }

  public void setAvailable(Quantity available) {
    this.available = available;
  }

  public V1alpha3ShareableCapacityStatus consumed(Quantity consumed) {
    this.consumed = consumed;
    return this;
  }

  /**
   * Consumed is the amount drawn by current allocations.
   *
   * @return consumed
   */
  public Quantity getConsumed() {
    return consumed;
  }

  public void setConsumed(Quantity consumed) {
    this.consumed = consumed;
  }

  public V1alpha3ShareableCapacityStatus name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name is the capacity name.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1alpha3ShareableCapacityStatus total(Quantity total) {
    this.total = total;
    return this;
  }

  /**
   * Total is the sum of this capacity across shareable devices in the pool.
   *
   * @return total
   */
  public Quantity getTotal() {
    return total;
  }

  public void setTotal(Quantity total) {
    this.total = total;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3ShareableCapacityStatus that = (V1alpha3ShareableCapacityStatus) other;
    return Objects.equals(available, that.available)
        && Objects.equals(consumed, that.consumed)
        && Objects.equals(name, that.name)
        && Objects.equals(total, that.total);
  }

  @Override
  public int hashCode() {
    return Objects.hash(available, consumed, name, total);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3ShareableCapacityStatus {\n");
    sb.append("    available: ").append(available).append('\n');
    sb.append("    consumed: ").append(consumed).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    total: ").append(total).append('\n');
    return sb.append("}").toString();
  }
}
