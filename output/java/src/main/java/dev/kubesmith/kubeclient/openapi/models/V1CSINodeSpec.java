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
 * CSINodeSpec holds information about the specification of all CSI drivers installed on a node
 */
public class V1CSINodeSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "drivers");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CSINodeSpec> CODEC = new Codec<V1CSINodeSpec>() {
    @Override
    public V1CSINodeSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CSINodeSpec)");
      }
      V1CSINodeSpec o = new V1CSINodeSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.drivers = Codecs.listOf(V1CSINodeDriver.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CSINodeSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.drivers != null) {
        g.writeFieldName("drivers");
        Codecs.listOf(V1CSINodeDriver.CODEC).write(g, o.drivers);
      }
      g.writeEndObject();
    }
  };

  private List<V1CSINodeDriver> drivers;

  public V1CSINodeSpec drivers(List<V1CSINodeDriver> drivers) {
    this.drivers = drivers;
    return this;
  }

  public V1CSINodeSpec addDriversItem(V1CSINodeDriver item) {
    if (this.drivers == null) {
      this.drivers = new ArrayList<>();
    }
    this.drivers.add(item);
    return this;
  }

  /**
   * drivers is a list of information of all CSI Drivers existing on a node. If all drivers in
   * the list are uninstalled, this can become empty.
   *
   * @return drivers
   */
  public List<V1CSINodeDriver> getDrivers() {
    return drivers;
  }

  public void setDrivers(List<V1CSINodeDriver> drivers) {
    this.drivers = drivers;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CSINodeSpec that = (V1CSINodeSpec) other;
    return Objects.equals(drivers, that.drivers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(drivers);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CSINodeSpec {\n");
    sb.append("    drivers: ").append(String.valueOf(drivers).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
