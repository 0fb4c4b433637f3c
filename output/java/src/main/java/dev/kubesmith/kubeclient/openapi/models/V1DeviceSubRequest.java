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
 * DeviceSubRequest describes a request for device provided in the
 * claim.spec.devices.requests[].firstAvailable array. Each is typically a request for a single
 * resource like a device, but can also ask for several identical devices.
 *
 * DeviceSubRequest is similar to ExactDeviceRequest, but doesn't expose the AdminAccess field
 * as that one is only supported when requesting a specific device.
 */
public class V1DeviceSubRequest {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocationMode",
      "capacity",
      "count",
      "derivedAttributes",
      "deviceClassName",
      "name",
      "selectors",
      "tolerations");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1DeviceSubRequest> CODEC = new Codec<V1DeviceSubRequest>() {
    @Override
    public V1DeviceSubRequest read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1DeviceSubRequest)");
      }
      V1DeviceSubRequest o = new V1DeviceSubRequest();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocationMode = Codecs.STRING.read(p);
            break;
          case 1:
            o.capacity = V1CapacityRequirements.CODEC.read(p);
            break;
          case 2:
            o.count = Codecs.INT64.read(p);
            break;
          case 3:
            o.derivedAttributes = Codecs.listOf(V1DeviceDerivedAttribute.CODEC).read(p);
            break;
          case 4:
            o.deviceClassName = Codecs.STRING.read(p);
            break;
          case 5:
            o.name = Codecs.STRING.read(p);
            break;
          case 6:
            o.selectors = Codecs.listOf(V1DeviceSelector.CODEC).read(p);
            break;
          case 7:
            o.tolerations = Codecs.listOf(V1DeviceToleration.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1DeviceSubRequest o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocationMode != null) {
        g.writeFieldName("allocationMode");
        Codecs.STRING.write(g, o.allocationMode);
      }
      if (o.capacity != null) {
        g.writeFieldName("capacity");
        V1CapacityRequirements.CODEC.write(g, o.capacity);
      }
      if (o.count != null) {
        g.writeFieldName("count");
        Codecs.INT64.write(g, o.count);
      }
      if (o.derivedAttributes != null) {
        g.writeFieldName("derivedAttributes");
        Codecs.listOf(V1DeviceDerivedAttribute.CODEC).write(g, o.derivedAttributes);
      }
      if (o.deviceClassName != null) {
        g.writeFieldName("deviceClassName");
        Codecs.STRING.write(g, o.deviceClassName);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.selectors != null) {
        g.writeFieldName("selectors");
        Codecs.listOf(V1DeviceSelector.CODEC).write(g, o.selectors);
      }
      if (o.tolerations != null) {
        g.writeFieldName("tolerations");
        Codecs.listOf(V1DeviceToleration.CODEC).write(g, o.tolerations);
      }
      g.writeEndObject();
    }
  };

  private String allocationMode;

  private V1CapacityRequirements capacity;

  private Long count;

  private List<V1DeviceDerivedAttribute> derivedAttributes;

  private String deviceClassName;

  private String name;

  private List<V1DeviceSelector> selectors;

  private List<V1DeviceToleration> tolerations;

  public V1DeviceSubRequest allocationMode(String allocationMode) {
    this.allocationMode = allocationMode;
    return this;
  }

  /**
   * AllocationMode and its related fields define how devices are allocated to satisfy this
   * subrequest. Supported values are:
   *
   * - ExactCount: This request is for a specific number of devices.
   *   This is the default. The exact number is provided in the
   *   count field.
   *
   * - All: This subrequest is for all of the matching devices in a pool.
   *   Allocation will fail if some devices are already allocated,
   *   unless adminAccess is requested.
   *
   * If AllocationMode is not specified, the default mode is ExactCount. If the mode is
   * ExactCount and count is not specified, the default count is one. Any other subrequests must
   * specify this field.
   *
   * More modes may get added in the future. Clients must refuse to handle requests with unknown
   * modes.
   *
   * @return allocationMode
   */
  public String getAllocationMode() {
    return allocationMode;
  }

  public void setAllocationMode(String allocationMode) {
    this.allocationMode = allocationMode;
  }

  public V1DeviceSubRequest capacity(V1CapacityRequirements capacity) {
    this.capacity = capacity;
    return this;
  }

  /**
   * Capacity define resource requirements against each capacity.
   *
   * If this field is unset and the device supports multiple allocations, the default value will
   * be applied to each capacity according to requestPolicy. For the capacity that has no
   * requestPolicy, default is the full capacity value.
   *
   * Applies to each device allocation. If Count &gt; 1, the request fails if there aren't enough
   * devices that meet the requirements. If AllocationMode is set to All, the request fails if
   * there are devices that otherwise match the request, and have this capacity, with a value
   * &gt;= the requested amount, but which cannot be allocated to this request.
   *
   * @return capacity
   */
  public V1CapacityRequirements getCapacity() {
    return capacity;
  }

  public void setCapacity(V1CapacityRequirements capacity) {
    this.capacity = capacity;
  }

  public V1DeviceSubRequest count(Long count) {
    this.count = count;
    return this;
  }

  /**
   * Count is used only when the count mode is "ExactCount". Must be greater than zero. If
   * AllocationMode is ExactCount and this field is not specified, the default is one.
   *
   * @return count
   */
  public Long getCount() {
    return count;
  }

  public void setCount(Long count) {
    this.count = count;
  }

  public V1DeviceSubRequest derivedAttributes(List<V1DeviceDerivedAttribute> derivedAttributes) {
    this.derivedAttributes = derivedAttributes;
    return this;
  }

  public V1DeviceSubRequest addDerivedAttributesItem(V1DeviceDerivedAttribute item) {
    if (this.derivedAttributes == null) {
      this.derivedAttributes = new ArrayList<>();
    }
    this.derivedAttributes.add(item);
    return this;
  }

  /**
   * DerivedAttributes defines a set of virtual attributes computed via CEL expressions for each
   * candidate device. These virtual attributes can be referenced in `.devices.constraints` to
   * align and match different devices (e.g., co-allocating a GPU and a NIC on the same NUMA
   * node) even if their drivers publish different attributes. Derived attributes are not
   * available via `device.attributes` in the CEL environment when evaluating selector
   * expressions.
   *
   * Derived attributes allow you to extract, transform, or normalize topology information (such
   * as extracting a NUMA index from a complex topology string or renaming a vendor-specific
   * attribute) into a common virtual attribute name at scheduling time. The scheduler then
   * evaluates these virtual attributes exactly like static attributes when matching constraints.
   *
   * Every derived attribute defined in this list must be referenced by at least one
   * MatchAttribute or DistinctAttribute constraint in the `.devices.constraints` list.
   *
   * The maximum number of derived attributes is 32.
   *
   * This is an alpha field and requires enabling the DRADerivedAttributes feature gate.
   *
   * @return derivedAttributes
   */
  public List<V1DeviceDerivedAttribute> getDerivedAttributes() {
    return derivedAttributes;
  }

  public void setDerivedAttributes(List<V1DeviceDerivedAttribute> derivedAttributes) {
    this.derivedAttributes = derivedAttributes;
  }

  public V1DeviceSubRequest deviceClassName(String deviceClassName) {
    this.deviceClassName = deviceClassName;
    return this;
  }

  /**
   * DeviceClassName references a specific DeviceClass, which can define additional configuration
   * and selectors to be inherited by this subrequest.
   *
   * A class is required. Which classes are available depends on the cluster.
   *
   * Administrators may use this to restrict which devices may get requested by only installing
   * classes with selectors for permitted devices. If users are free to request anything without
   * restrictions, then administrators can create an empty DeviceClass for users to reference.
   *
   * @return deviceClassName
   */
  public String getDeviceClassName() {
    return deviceClassName;
  }

  public void setDeviceClassName(String deviceClassName) {
    this.deviceClassName = deviceClassName;
  }

  public V1DeviceSubRequest name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name can be used to reference this subrequest in the list of constraints or the list of
   * configurations for the claim. References must use the format &lt;main
   * request&gt;/&lt;subrequest&gt;.
   *
   * Must be a DNS label.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1DeviceSubRequest selectors(List<V1DeviceSelector> selectors) {
    this.selectors = selectors;
    return this;
  }

  public V1DeviceSubRequest addSelectorsItem(V1DeviceSelector item) {
    if (this.selectors == null) {
      this.selectors = new ArrayList<>();
    }
    this.selectors.add(item);
    return this;
  }

  /**
   * Selectors define criteria which must be satisfied by a specific device in order for that
   * device to be considered for this subrequest. All selectors must be satisfied for a device to
   * be considered.
   *
   * @return selectors
   */
  public List<V1DeviceSelector> getSelectors() {
    return selectors;
  }

  public void setSelectors(List<V1DeviceSelector> selectors) {
    this.selectors = selectors;
  }

  public V1DeviceSubRequest tolerations(List<V1DeviceToleration> tolerations) {
    this.tolerations = tolerations;
    return this;
  }

  public V1DeviceSubRequest addTolerationsItem(V1DeviceToleration item) {
    if (this.tolerations == null) {
      this.tolerations = new ArrayList<>();
    }
    this.tolerations.add(item);
    return this;
  }

  /**
   * If specified, the request's tolerations.
   *
   * Tolerations for NoSchedule are required to allocate a device which has a taint with that
   * effect. The same applies to NoExecute.
   *
   * In addition, should any of the allocated devices get tainted with NoExecute after allocation
   * and that effect is not tolerated, then all pods consuming the ResourceClaim get deleted to
   * evict them. The scheduler will not let new pods reserve the claim while it has these tainted
   * devices. Once all pods are evicted, the claim will get deallocated.
   *
   * The maximum number of tolerations is 16.
   *
   * This is a beta field and requires enabling the DRADeviceTaints feature gate.
   *
   * @return tolerations
   */
  public List<V1DeviceToleration> getTolerations() {
    return tolerations;
  }

  public void setTolerations(List<V1DeviceToleration> tolerations) {
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
    V1DeviceSubRequest that = (V1DeviceSubRequest) other;
    return Objects.equals(allocationMode, that.allocationMode)
        && Objects.equals(capacity, that.capacity)
        && Objects.equals(count, that.count)
        && Objects.equals(derivedAttributes, that.derivedAttributes)
        && Objects.equals(deviceClassName, that.deviceClassName)
        && Objects.equals(name, that.name)
        && Objects.equals(selectors, that.selectors)
        && Objects.equals(tolerations, that.tolerations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocationMode, capacity, count, derivedAttributes, deviceClassName, name, selectors, tolerations);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1DeviceSubRequest {\n");
    sb.append("    allocationMode: ").append(allocationMode).append('\n');
    sb.append("    capacity: ").append(String.valueOf(capacity).replace("\n", "\n    ")).append('\n');
    sb.append("    count: ").append(count).append('\n');
    sb.append("    derivedAttributes: ").append(String.valueOf(derivedAttributes).replace("\n", "\n    ")).append('\n');
    sb.append("    deviceClassName: ").append(deviceClassName).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    selectors: ").append(String.valueOf(selectors).replace("\n", "\n    ")).append('\n');
    sb.append("    tolerations: ").append(String.valueOf(tolerations).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
