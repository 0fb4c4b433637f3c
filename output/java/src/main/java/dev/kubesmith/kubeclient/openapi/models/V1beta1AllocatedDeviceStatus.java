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
 * AllocatedDeviceStatus contains the status of an allocated device, if the driver chooses to
 * report it. This may include driver-specific information.
 *
 * The combination of Driver, Pool, Device, and ShareID must match the corresponding key in
 * Status.Allocation.Devices.
 */
public class V1beta1AllocatedDeviceStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "data",
      "device",
      "driver",
      "networkData",
      "pool",
      "shareID");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1AllocatedDeviceStatus> CODEC = new Codec<V1beta1AllocatedDeviceStatus>() {
    @Override
    public V1beta1AllocatedDeviceStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1AllocatedDeviceStatus)");
      }
      V1beta1AllocatedDeviceStatus o = new V1beta1AllocatedDeviceStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          case 1:
            o.data = Codecs.ANY.read(p);
            break;
          case 2:
            o.device = Codecs.STRING.read(p);
            break;
          case 3:
            o.driver = Codecs.STRING.read(p);
            break;
          case 4:
            o.networkData = V1beta1NetworkDeviceData.CODEC.read(p);
            break;
          case 5:
            o.pool = Codecs.STRING.read(p);
            break;
          case 6:
            o.shareID = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1AllocatedDeviceStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      if (o.data != null) {
        g.writeFieldName("data");
        Codecs.ANY.write(g, o.data);
      }
      if (o.device != null) {
        g.writeFieldName("device");
        Codecs.STRING.write(g, o.device);
      }
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.networkData != null) {
        g.writeFieldName("networkData");
        V1beta1NetworkDeviceData.CODEC.write(g, o.networkData);
      }
      if (o.pool != null) {
        g.writeFieldName("pool");
        Codecs.STRING.write(g, o.pool);
      }
      if (o.shareID != null) {
        g.writeFieldName("shareID");
        Codecs.STRING.write(g, o.shareID);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  private Object data;

  private String device;

  private String driver;

  private V1beta1NetworkDeviceData networkData;

  private String pool;

  private String shareID;

  public V1beta1AllocatedDeviceStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1beta1AllocatedDeviceStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Conditions contains the latest observation of the device's state. If the device has been
   * configured according to the class and claim config references, the `Ready` condition should
   * be True.
   *
   * Must not contain more than 8 entries.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1beta1AllocatedDeviceStatus data(Object data) {
    this.data = data;
    return this;
  }

  /**
   * Data contains arbitrary driver-specific data.
   *
   * The length of the raw data must be smaller or equal to 10 Ki.
   *
   * @return data
   */
  public Object getData() {
    return data;
  }

  public void setData(Object data) {
    this.data = data;
  }

  public V1beta1AllocatedDeviceStatus device(String device) {
    this.device = device;
    return this;
  }

  /**
   * Device references one device instance via its name in the driver's resource pool. It must be
   * a DNS label.
   *
   * @return device
   */
  public String getDevice() {
    return device;
  }

  public void setDevice(String device) {
    this.device = device;
  }

  public V1beta1AllocatedDeviceStatus driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * Driver specifies the name of the DRA driver whose kubelet plugin should be invoked to
   * process the allocation once the claim is needed on a node.
   *
   * Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.
   * It should use only lower case characters.
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1beta1AllocatedDeviceStatus networkData(V1beta1NetworkDeviceData networkData) {
    this.networkData = networkData;
    return this;
  }

  /**
   * NetworkData contains network-related information specific to the device.
   *
   * @return networkData
   */
  public V1beta1NetworkDeviceData getNetworkData() {
    return networkData;
  }

  public void setNetworkData(V1beta1NetworkDeviceData networkData) {
    this.networkData = networkData;
  }

  public V1beta1AllocatedDeviceStatus pool(String pool) {
    this.pool = pool;
    return this;
  }

  /**
   * This name together with the driver name and the device name field identify which device was
   * allocated (`&lt;driver name&gt;/&lt;pool name&gt;/&lt;device name&gt;`).
   *
   * Must not be longer than 253 characters and may contain one or more DNS sub-domains separated
   * by slashes.
   *
   * @return pool
   */
  public String getPool() {
    return pool;
  }

  public void setPool(String pool) {
    this.pool = pool;
  }

  public V1beta1AllocatedDeviceStatus shareID(String shareID) {
    this.shareID = shareID;
    return this;
  }

  /**
   * ShareID uniquely identifies an individual allocation share of the device.
   *
   * @return shareID
   */
  public String getShareID() {
    return shareID;
  }

  public void setShareID(String shareID) {
    this.shareID = shareID;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1AllocatedDeviceStatus that = (V1beta1AllocatedDeviceStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(data, that.data)
        && Objects.equals(device, that.device)
        && Objects.equals(driver, that.driver)
        && Objects.equals(networkData, that.networkData)
        && Objects.equals(pool, that.pool)
        && Objects.equals(shareID, that.shareID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, data, device, driver, networkData, pool, shareID);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1AllocatedDeviceStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    data: ").append(data).append('\n');
    sb.append("    device: ").append(device).append('\n');
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    networkData: ").append(String.valueOf(networkData).replace("\n", "\n    ")).append('\n');
    sb.append("    pool: ").append(pool).append('\n');
    sb.append("    shareID: ").append(shareID).append('\n');
    return sb.append("}").toString();
  }
}
