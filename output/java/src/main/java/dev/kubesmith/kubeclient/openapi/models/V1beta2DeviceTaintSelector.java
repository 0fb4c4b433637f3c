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
 * DeviceTaintSelector defines which device(s) a DeviceTaintRule applies to. The empty selector
 * matches all devices. Without a selector, no devices are matched.
 */
public class V1beta2DeviceTaintSelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "device",
      "driver",
      "pool");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2DeviceTaintSelector> CODEC = new Codec<V1beta2DeviceTaintSelector>() {
    @Override
    public V1beta2DeviceTaintSelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2DeviceTaintSelector)");
      }
      V1beta2DeviceTaintSelector o = new V1beta2DeviceTaintSelector();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.device = Codecs.STRING.read(p);
            break;
          case 1:
            o.driver = Codecs.STRING.read(p);
            break;
          case 2:
            o.pool = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2DeviceTaintSelector o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.device != null) {
        g.writeFieldName("device");
        Codecs.STRING.write(g, o.device);
      }
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.pool != null) {
        g.writeFieldName("pool");
        Codecs.STRING.write(g, o.pool);
      }
      g.writeEndObject();
    }
  };

  private String device;

  private String driver;

  private String pool;

  public V1beta2DeviceTaintSelector device(String device) {
    this.device = device;
    return this;
  }

  /**
   * If device is set, only devices with that name are selected. This field corresponds to
   * slice.spec.devices[].name.
   *
   * Setting also driver and pool may be required to avoid ambiguity, but is not required.
   *
   * @return device
   */
  public String getDevice() {
    return device;
  }

  public void setDevice(String device) {
    this.device = device;
  }

  public V1beta2DeviceTaintSelector driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * If driver is set, only devices from that driver are selected. This fields corresponds to
   * slice.spec.driver.
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1beta2DeviceTaintSelector pool(String pool) {
    this.pool = pool;
    return this;
  }

  /**
   * If pool is set, only devices in that pool are selected.
   *
   * Also setting the driver name may be useful to avoid ambiguity when different drivers use the
   * same pool name, but this is not required because selecting pools from different drivers may
   * also be useful, for example when drivers with node-local devices use the node name as their
   * pool name.
   *
   * @return pool
   */
  public String getPool() {
    return pool;
  }

  public void setPool(String pool) {
    this.pool = pool;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2DeviceTaintSelector that = (V1beta2DeviceTaintSelector) other;
    return Objects.equals(device, that.device)
        && Objects.equals(driver, that.driver)
        && Objects.equals(pool, that.pool);
  }

  @Override
  public int hashCode() {
    return Objects.hash(device, driver, pool);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2DeviceTaintSelector {\n");
    sb.append("    device: ").append(device).append('\n');
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    pool: ").append(pool).append('\n');
    return sb.append("}").toString();
  }
}
