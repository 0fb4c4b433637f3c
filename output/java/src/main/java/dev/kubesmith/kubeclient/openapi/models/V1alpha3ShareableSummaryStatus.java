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
 * ShareableSummaryStatus reports aggregate capacity for a pool that contains devices with
 * AllowMultipleAllocations.
 */
public class V1alpha3ShareableSummaryStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "capacity",
      "fullyAvailableDevices",
      "partiallyAvailableDevices");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3ShareableSummaryStatus> CODEC = new Codec<V1alpha3ShareableSummaryStatus>() {
    @Override
    public V1alpha3ShareableSummaryStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3ShareableSummaryStatus)");
      }
      V1alpha3ShareableSummaryStatus o = new V1alpha3ShareableSummaryStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.capacity = Codecs.listOf(V1alpha3ShareableCapacityStatus.CODEC).read(p);
            break;
          case 1:
            o.fullyAvailableDevices = Codecs.INT32.read(p);
            break;
          case 2:
            o.partiallyAvailableDevices = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3ShareableSummaryStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.capacity != null) {
        g.writeFieldName("capacity");
        Codecs.listOf(V1alpha3ShareableCapacityStatus.CODEC).write(g, o.capacity);
      }
      if (o.fullyAvailableDevices != null) {
        g.writeFieldName("fullyAvailableDevices");
        Codecs.INT32.write(g, o.fullyAvailableDevices);
      }
      if (o.partiallyAvailableDevices != null) {
        g.writeFieldName("partiallyAvailableDevices");
        Codecs.INT32.write(g, o.partiallyAvailableDevices);
      }
      g.writeEndObject();
    }
  };

  private List<V1alpha3ShareableCapacityStatus> capacity;

  private Integer fullyAvailableDevices;

  private Integer partiallyAvailableDevices;

  public V1alpha3ShareableSummaryStatus capacity(List<V1alpha3ShareableCapacityStatus> capacity) {
    this.capacity = capacity;
    return this;
  }

  public V1alpha3ShareableSummaryStatus addCapacityItem(V1alpha3ShareableCapacityStatus item) {
    if (this.capacity == null) {
      this.capacity = new ArrayList<>();
    }
    this.capacity.add(item);
    return this;
  }

  /**
   * Capacity reports aggregate total, consumed, and available amounts per shareable capacity key
   * across the pool.
   *
   * @return capacity
   */
  public List<V1alpha3ShareableCapacityStatus> getCapacity() {
    return capacity;
  }

  public void setCapacity(List<V1alpha3ShareableCapacityStatus> capacity) {
    this.capacity = capacity;
  }

  public V1alpha3ShareableSummaryStatus fullyAvailableDevices(Integer fullyAvailableDevices) {
    this.fullyAvailableDevices = fullyAvailableDevices;
    return this;
  }

  /**
   * FullyAvailableDevices is the number of shareable devices with no capacity consumed.
   *
   * @return fullyAvailableDevices
   */
  public Integer getFullyAvailableDevices() {
    return fullyAvailableDevices;
  }

  public void setFullyAvailableDevices(Integer fullyAvailableDevices) {
    this.fullyAvailableDevices = fullyAvailableDevices;
  }

  public V1alpha3ShareableSummaryStatus partiallyAvailableDevices(Integer partiallyAvailableDevices) {
    this.partiallyAvailableDevices = partiallyAvailableDevices;
    return this;
  }

  /**
   * PartiallyAvailableDevices is the number of shareable devices with some but not all capacity
   * consumed.
   *
   * @return partiallyAvailableDevices
   */
  public Integer getPartiallyAvailableDevices() {
    return partiallyAvailableDevices;
  }

  public void setPartiallyAvailableDevices(Integer partiallyAvailableDevices) {
    this.partiallyAvailableDevices = partiallyAvailableDevices;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3ShareableSummaryStatus that = (V1alpha3ShareableSummaryStatus) other;
    return Objects.equals(capacity, that.capacity)
        && Objects.equals(fullyAvailableDevices, that.fullyAvailableDevices)
        && Objects.equals(partiallyAvailableDevices, that.partiallyAvailableDevices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(capacity, fullyAvailableDevices, partiallyAvailableDevices);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3ShareableSummaryStatus {\n");
    sb.append("    capacity: ").append(String.valueOf(capacity).replace("\n", "\n    ")).append('\n');
    sb.append("    fullyAvailableDevices: ").append(fullyAvailableDevices).append('\n');
    sb.append("    partiallyAvailableDevices: ").append(partiallyAvailableDevices).append('\n');
    return sb.append("}").toString();
  }
}
