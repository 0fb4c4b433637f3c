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
 * PartitionTypeStatus reports allocatability for a single partition type, identified by the
 * value of a grouping attribute.
 */
public class V1alpha3PartitionTypeStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocatable",
      "attribute",
      "total",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3PartitionTypeStatus> CODEC = new Codec<V1alpha3PartitionTypeStatus>() {
    @Override
    public V1alpha3PartitionTypeStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3PartitionTypeStatus)");
      }
      V1alpha3PartitionTypeStatus o = new V1alpha3PartitionTypeStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocatable = Codecs.INT32.read(p);
            break;
          case 1:
            o.attribute = Codecs.STRING.read(p);
            break;
          case 2:
            o.total = Codecs.INT32.read(p);
            break;
          case 3:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3PartitionTypeStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocatable != null) {
        g.writeFieldName("allocatable");
        Codecs.INT32.write(g, o.allocatable);
      }
      if (o.attribute != null) {
        g.writeFieldName("attribute");
        Codecs.STRING.write(g, o.attribute);
      }
      if (o.total != null) {
        g.writeFieldName("total");
        Codecs.INT32.write(g, o.total);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private Integer allocatable;

  private String attribute;

  private Integer total;

  private String type;

  public V1alpha3PartitionTypeStatus allocatable(Integer allocatable) {
    this.allocatable = allocatable;
    return this;
  }

  /**
   * Allocatable is the number of additional devices of this partition type that could still be
   * allocated given current shared-counter consumption.
   *
   * @return allocatable
   */
  public Integer getAllocatable() {
    return allocatable;
  }

  public void setAllocatable(Integer allocatable) {
    this.allocatable = allocatable;
  }

  public V1alpha3PartitionTypeStatus attribute(String attribute) {
    this.attribute = attribute;
    return this;
  }

  /**
   * Attribute is the fully qualified name of the device attribute whose value groups this entry.
   * It is the PartitionTypeAttribute declared by the devices' own slice, or the default named in
   * the request when their slice declares none.
   *
   * @return attribute
   */
  public String getAttribute() {
    return attribute;
  }

  public void setAttribute(String attribute) {
    this.attribute = attribute;
  }

  public V1alpha3PartitionTypeStatus total(Integer total) {
    this.total = total;
    return this;
  }

  /**
   * Total is the number of devices of this partition type in the pool.
   *
   * @return total
   */
  public Integer getTotal() {
    return total;
  }

  public void setTotal(Integer total) {
    this.total = total;
  }

  public V1alpha3PartitionTypeStatus type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type is the partition type value (e.g. "Full" or "Half").
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3PartitionTypeStatus that = (V1alpha3PartitionTypeStatus) other;
    return Objects.equals(allocatable, that.allocatable)
        && Objects.equals(attribute, that.attribute)
        && Objects.equals(total, that.total)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocatable, attribute, total, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3PartitionTypeStatus {\n");
    sb.append("    allocatable: ").append(allocatable).append('\n');
    sb.append("    attribute: ").append(attribute).append('\n');
    sb.append("    total: ").append(total).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
