package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * DeviceRequestAllocationResult contains the allocation result for one request.
 */
public class V1beta1DeviceRequestAllocationResult {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "adminAccess",
      "bindingConditions",
      "bindingFailureConditions",
      "consumedCapacity",
      "device",
      "driver",
      "pool",
      "request",
      "shareID",
      "skipNodeOperations",
      "tolerations");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DeviceRequestAllocationResult> CODEC = new Codec<V1beta1DeviceRequestAllocationResult>() {
    @Override
    public V1beta1DeviceRequestAllocationResult read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DeviceRequestAllocationResult)");
      }
      V1beta1DeviceRequestAllocationResult o = new V1beta1DeviceRequestAllocationResult();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.adminAccess = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.bindingConditions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.bindingFailureConditions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.consumedCapacity = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 4:
            o.device = Codecs.STRING.read(p);
            break;
          case 5:
            o.driver = Codecs.STRING.read(p);
            break;
          case 6:
            o.pool = Codecs.STRING.read(p);
            break;
          case 7:
            o.request = Codecs.STRING.read(p);
            break;
          case 8:
            o.shareID = Codecs.STRING.read(p);
            break;
          case 9:
            o.skipNodeOperations = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 10:
            o.tolerations = Codecs.listOf(V1beta1DeviceToleration.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DeviceRequestAllocationResult o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.adminAccess != null) {
        g.writeFieldName("adminAccess");
        Codecs.BOOLEAN.write(g, o.adminAccess);
      }
      if (o.bindingConditions != null) {
        g.writeFieldName("bindingConditions");
        Codecs.listOf(Codecs.STRING).write(g, o.bindingConditions);
      }
      if (o.bindingFailureConditions != null) {
        g.writeFieldName("bindingFailureConditions");
        Codecs.listOf(Codecs.STRING).write(g, o.bindingFailureConditions);
      }
      if (o.consumedCapacity != null) {
        g.writeFieldName("consumedCapacity");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.consumedCapacity);
      }
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
      if (o.request != null) {
        g.writeFieldName("request");
        Codecs.STRING.write(g, o.request);
      }
      if (o.shareID != null) {
        g.writeFieldName("shareID");
        Codecs.STRING.write(g, o.shareID);
      }
      if (o.skipNodeOperations != null) {
        g.writeFieldName("skipNodeOperations");
        Codecs.listOf(Codecs.STRING).write(g, o.skipNodeOperations);
      }
      if (o.tolerations != null) {
        g.writeFieldName("tolerations");
        Codecs.listOf(V1beta1DeviceToleration.CODEC).write(g, o.tolerations);
      }
      g.writeEndObject();
    }
  };

  private Boolean adminAccess;

  private List<String> bindingConditions;

  private List<String> bindingFailureConditions;

  private Map<String, Quantity> consumedCapacity;

  private String device;

  private String driver;

  private String pool;

  private String request;

  private String shareID;

  private List<String> skipNodeOperations;

  private List<V1beta1DeviceToleration> tolerations;

  public V1beta1DeviceRequestAllocationResult adminAccess(Boolean adminAccess) {
    this.adminAccess = adminAccess;
    return this;
  }

  /**
   * AdminAccess indicates that this device was allocated for administrative access. See the
   * corresponding request field for a definition of mode.
   *
   * This is an alpha field and requires enabling the DRAAdminAccess feature gate. Admin access
   * is disabled if this field is unset or set to false, otherwise it is enabled.
   *
   * @return adminAccess
   */
  public Boolean getAdminAccess() {
    return adminAccess;
  }

  public void setAdminAccess(Boolean adminAccess) {
    this.adminAccess = adminAccess;
  }

  public V1beta1DeviceRequestAllocationResult bindingConditions(List<String> bindingConditions) {
    this.bindingConditions = bindingConditions;
    return this;
  }

  public V1beta1DeviceRequestAllocationResult addBindingConditionsItem(String item) {
    if (this.bindingConditions == null) {
      this.bindingConditions = new ArrayList<>();
    }
    this.bindingConditions.add(item);
    return this;
  }

  /**
   * BindingConditions contains a copy of the BindingConditions from the corresponding
   * ResourceSlice at the time of allocation.
   *
   * This is a beta field and requires enabling the DRADeviceBindingConditions and
   * DRAResourceClaimDeviceStatus feature gates.
   *
   * @return bindingConditions
   */
  public List<String> getBindingConditions() {
    return bindingConditions;
  }

  public void setBindingConditions(List<String> bindingConditions) {
    this.bindingConditions = bindingConditions;
  }

  public V1beta1DeviceRequestAllocationResult bindingFailureConditions(List<String> bindingFailureConditions) {
    this.bindingFailureConditions = bindingFailureConditions;
    return this;
  }

  public V1beta1DeviceRequestAllocationResult addBindingFailureConditionsItem(String item) {
    if (this.bindingFailureConditions == null) {
      this.bindingFailureConditions = new ArrayList<>();
    }
    this.bindingFailureConditions.add(item);
    return this;
  }

  /**
   * BindingFailureConditions contains a copy of the BindingFailureConditions from the
   * corresponding ResourceSlice at the time of allocation.
   *
   * This is a beta field and requires enabling the DRADeviceBindingConditions and
   * DRAResourceClaimDeviceStatus feature gates.
   *
   * @return bindingFailureConditions
   */
  public List<String> getBindingFailureConditions() {
    return bindingFailureConditions;
  }

  public void setBindingFailureConditions(List<String> bindingFailureConditions) {
    this.bindingFailureConditions = bindingFailureConditions;
  }

  public V1beta1DeviceRequestAllocationResult consumedCapacity(Map<String, Quantity> consumedCapacity) {
    this.consumedCapacity = consumedCapacity;
    return this;
  }

  public V1beta1DeviceRequestAllocationResult putConsumedCapacityItem(String key, Quantity item) {
    if (this.consumedCapacity == null) {
      this.consumedCapacity = new LinkedHashMap<>();
    }
    this.consumedCapacity.put(key, item);
    return this;
  }

  /**
   * ConsumedCapacity tracks the amount of capacity consumed per device as part of the claim
   * request. The consumed amount may differ from the requested amount: it is rounded up to the
   * nearest valid value based on the device’s requestPolicy if applicable (i.e., may not be less
   * than the requested amount).
   *
   * The total consumed capacity for each device must not exceed the DeviceCapacity's Value.
   *
   * This field is populated only for devices that allow multiple allocations. All capacity
   * entries are included, even if the consumed amount is zero.
   *
   * @return consumedCapacity
   */
  public Map<String, Quantity> getConsumedCapacity() {
    return consumedCapacity;
  }

  public void setConsumedCapacity(Map<String, Quantity> consumedCapacity) {
    this.consumedCapacity = consumedCapacity;
  }

  public V1beta1DeviceRequestAllocationResult device(String device) {
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

  public V1beta1DeviceRequestAllocationResult driver(String driver) {
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

  public V1beta1DeviceRequestAllocationResult pool(String pool) {
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

  public V1beta1DeviceRequestAllocationResult request(String request) {
    this.request = request;
    return this;
  }

  /**
   * Request is the name of the request in the claim which caused this device to be allocated. If
   * it references a subrequest in the firstAvailable list on a DeviceRequest, this field must
   * include both the name of the main request and the subrequest using the format &lt;main
   * request&gt;/&lt;subrequest&gt;.
   *
   * Multiple devices may have been allocated per request.
   *
   * @return request
   */
  public String getRequest() {
    return request;
  }

  public void setRequest(String request) {
    this.request = request;
  }

  public V1beta1DeviceRequestAllocationResult shareID(String shareID) {
    this.shareID = shareID;
    return this;
  }

  /**
   * ShareID uniquely identifies an individual allocation share of the device, used when the
   * device supports multiple simultaneous allocations. It serves as an additional map key to
   * differentiate concurrent shares of the same device.
   *
   * @return shareID
   */
  public String getShareID() {
    return shareID;
  }

  public void setShareID(String shareID) {
    this.shareID = shareID;
  }

  public V1beta1DeviceRequestAllocationResult skipNodeOperations(List<String> skipNodeOperations) {
    this.skipNodeOperations = skipNodeOperations;
    return this;
  }

  public V1beta1DeviceRequestAllocationResult addSkipNodeOperationsItem(String item) {
    if (this.skipNodeOperations == null) {
      this.skipNodeOperations = new ArrayList<>();
    }
    this.skipNodeOperations.add(item);
    return this;
  }

  /**
   * SkipNodeOperations lists node-local resource operations (gRPC calls) that will be skipped
   * for this allocated device when determining whether operations are necessary on the node. If
   * all allocated devices for a driver in a claim skip an operation, that gRPC call will be
   * skipped. It is a copy of the ResourceSlice.spec.skipNodeOperations value at the time when
   * the device was allocated.
   *
   * @return skipNodeOperations
   */
  public List<String> getSkipNodeOperations() {
    return skipNodeOperations;
  }

  public void setSkipNodeOperations(List<String> skipNodeOperations) {
    this.skipNodeOperations = skipNodeOperations;
  }

  public V1beta1DeviceRequestAllocationResult tolerations(List<V1beta1DeviceToleration> tolerations) {
    this.tolerations = tolerations;
    return this;
  }

  public V1beta1DeviceRequestAllocationResult addTolerationsItem(V1beta1DeviceToleration item) {
    if (this.tolerations == null) {
      this.tolerations = new ArrayList<>();
    }
    this.tolerations.add(item);
    return this;
  }

  /**
   * A copy of all tolerations specified in the request at the time when the device got
   * allocated.
   *
   * The maximum number of tolerations is 16.
   *
   * This is a beta field and requires enabling the DRADeviceTaints feature gate.
   *
   * @return tolerations
   */
  public List<V1beta1DeviceToleration> getTolerations() {
    return tolerations;
  }

  public void setTolerations(List<V1beta1DeviceToleration> tolerations) {
    this.tolerations = tolerations;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DeviceRequestAllocationResult that = (V1beta1DeviceRequestAllocationResult) other;
    return Objects.equals(adminAccess, that.adminAccess)
        && Objects.equals(bindingConditions, that.bindingConditions)
        && Objects.equals(bindingFailureConditions, that.bindingFailureConditions)
        && Objects.equals(consumedCapacity, that.consumedCapacity)
        && Objects.equals(device, that.device)
        && Objects.equals(driver, that.driver)
        && Objects.equals(pool, that.pool)
        && Objects.equals(request, that.request)
        && Objects.equals(shareID, that.shareID)
        && Objects.equals(skipNodeOperations, that.skipNodeOperations)
        && Objects.equals(tolerations, that.tolerations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(adminAccess, bindingConditions, bindingFailureConditions, consumedCapacity, device, driver, pool, request, shareID, skipNodeOperations, tolerations);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DeviceRequestAllocationResult {\n");
    sb.append("    adminAccess: ").append(adminAccess).append('\n');
    sb.append("    bindingConditions: ").append(String.valueOf(bindingConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    bindingFailureConditions: ").append(String.valueOf(bindingFailureConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    consumedCapacity: ").append(String.valueOf(consumedCapacity).replace("\n", "\n    ")).append('\n');
    sb.append("    device: ").append(device).append('\n');
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    pool: ").append(pool).append('\n');
    sb.append("    request: ").append(request).append('\n');
    sb.append("    shareID: ").append(shareID).append('\n');
    sb.append("    skipNodeOperations: ").append(String.valueOf(skipNodeOperations).replace("\n", "\n    ")).append('\n');
    sb.append("    tolerations: ").append(String.valueOf(tolerations).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
