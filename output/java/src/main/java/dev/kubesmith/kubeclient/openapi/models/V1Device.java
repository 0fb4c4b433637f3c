package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * Device represents one individual hardware instance that can be selected based on its
 * attributes. Besides the name, exactly one field must be set.
 */
public class V1Device {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allNodes",
      "allowMultipleAllocations",
      "attributes",
      "bindingConditions",
      "bindingFailureConditions",
      "bindsToNode",
      "capacity",
      "consumesCounters",
      "name",
      "nodeAllocatableResources",
      "nodeName",
      "nodeSelector",
      "taints");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Device> CODEC = new Codec<V1Device>() {
    @Override
    public V1Device read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Device)");
      }
      V1Device o = new V1Device();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allNodes = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.allowMultipleAllocations = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.attributes = Codecs.mapOf(V1DeviceAttribute.CODEC).read(p);
            break;
          case 3:
            o.bindingConditions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 4:
            o.bindingFailureConditions = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 5:
            o.bindsToNode = Codecs.BOOLEAN.read(p);
            break;
          case 6:
            o.capacity = Codecs.mapOf(V1DeviceCapacity.CODEC).read(p);
            break;
          case 7:
            o.consumesCounters = Codecs.listOf(V1DeviceCounterConsumption.CODEC).read(p);
            break;
          case 8:
            o.name = Codecs.STRING.read(p);
            break;
          case 9:
            o.nodeAllocatableResources = Codecs.mapOf(V1NodeAllocatableResource.CODEC).read(p);
            break;
          case 10:
            o.nodeName = Codecs.STRING.read(p);
            break;
          case 11:
            o.nodeSelector = V1NodeSelector.CODEC.read(p);
            break;
          case 12:
            o.taints = Codecs.listOf(V1DeviceTaint.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Device o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allNodes != null) {
        g.writeFieldName("allNodes");
        Codecs.BOOLEAN.write(g, o.allNodes);
      }
      if (o.allowMultipleAllocations != null) {
        g.writeFieldName("allowMultipleAllocations");
        Codecs.BOOLEAN.write(g, o.allowMultipleAllocations);
      }
      if (o.attributes != null) {
        g.writeFieldName("attributes");
        Codecs.mapOf(V1DeviceAttribute.CODEC).write(g, o.attributes);
      }
      if (o.bindingConditions != null) {
        g.writeFieldName("bindingConditions");
        Codecs.listOf(Codecs.STRING).write(g, o.bindingConditions);
      }
      if (o.bindingFailureConditions != null) {
        g.writeFieldName("bindingFailureConditions");
        Codecs.listOf(Codecs.STRING).write(g, o.bindingFailureConditions);
      }
      if (o.bindsToNode != null) {
        g.writeFieldName("bindsToNode");
        Codecs.BOOLEAN.write(g, o.bindsToNode);
      }
      if (o.capacity != null) {
        g.writeFieldName("capacity");
        Codecs.mapOf(V1DeviceCapacity.CODEC).write(g, o.capacity);
      }
      if (o.consumesCounters != null) {
        g.writeFieldName("consumesCounters");
        Codecs.listOf(V1DeviceCounterConsumption.CODEC).write(g, o.consumesCounters);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.nodeAllocatableResources != null) {
        g.writeFieldName("nodeAllocatableResources");
        Codecs.mapOf(V1NodeAllocatableResource.CODEC).write(g, o.nodeAllocatableResources);
      }
      if (o.nodeName != null) {
        g.writeFieldName("nodeName");
        Codecs.STRING.write(g, o.nodeName);
      }
      if (o.nodeSelector != null) {
        g.writeFieldName("nodeSelector");
        V1NodeSelector.CODEC.write(g, o.nodeSelector);
      }
      if (o.taints != null) {
        g.writeFieldName("taints");
        Codecs.listOf(V1DeviceTaint.CODEC).write(g, o.taints);
      }
      g.writeEndObject();
    }
  };

  private Boolean allNodes;

  private Boolean allowMultipleAllocations;

  private Map<String, V1DeviceAttribute> attributes;

  private List<String> bindingConditions;

  private List<String> bindingFailureConditions;

  private Boolean bindsToNode;

  private Map<String, V1DeviceCapacity> capacity;

  private List<V1DeviceCounterConsumption> consumesCounters;

  private String name;

  private Map<String, V1NodeAllocatableResource> nodeAllocatableResources;

  private String nodeName;

  private V1NodeSelector nodeSelector;

  private List<V1DeviceTaint> taints;

  public V1Device allNodes(Boolean allNodes) {
    this.allNodes = allNodes;
    return this;
  }

  /**
   * AllNodes indicates that all nodes have access to the device.
   *
   * Must only be set if Spec.PerDeviceNodeSelection is set to true. At most one of NodeName,
   * NodeSelector and AllNodes can be set.
   *
   * @return allNodes
   */
  public Boolean getAllNodes() {
    return allNodes;
  }

  public void setAllNodes(Boolean allNodes) {
    this.allNodes = allNodes;
  }

  public V1Device allowMultipleAllocations(Boolean allowMultipleAllocations) {
    this.allowMultipleAllocations = allowMultipleAllocations;
    return this;
  }

  /**
   * AllowMultipleAllocations marks whether the device is allowed to be allocated to multiple
   * DeviceRequests.
   *
   * If AllowMultipleAllocations is set to true, the device can be allocated more than once, and
   * all of its capacity is consumable, regardless of whether the requestPolicy is defined or
   * not.
   *
   * @return allowMultipleAllocations
   */
  public Boolean getAllowMultipleAllocations() {
    return allowMultipleAllocations;
  }

  public void setAllowMultipleAllocations(Boolean allowMultipleAllocations) {
    this.allowMultipleAllocations = allowMultipleAllocations;
  }

  public V1Device attributes(Map<String, V1DeviceAttribute> attributes) {
    this.attributes = attributes;
    return this;
  }

  public V1Device putAttributesItem(String key, V1DeviceAttribute item) {
    if (this.attributes == null) {
      this.attributes = new LinkedHashMap<>();
    }
    this.attributes.put(key, item);
    return this;
  }

  /**
   * Attributes defines the set of attributes for this device. The name of each attribute must be
   * unique in that set.
   *
   * The maximum number of attributes and capacities combined is 32.
   *
   * @return attributes
   */
  public Map<String, V1DeviceAttribute> getAttributes() {
    return attributes;
  }

  public void setAttributes(Map<String, V1DeviceAttribute> attributes) {
    this.attributes = attributes;
  }

  public V1Device bindingConditions(List<String> bindingConditions) {
    this.bindingConditions = bindingConditions;
    return this;
  }

  public V1Device addBindingConditionsItem(String item) {
    if (this.bindingConditions == null) {
      this.bindingConditions = new ArrayList<>();
    }
    this.bindingConditions.add(item);
    return this;
  }

  /**
   * BindingConditions defines the conditions for proceeding with binding. All of these
   * conditions must be set in the per-device status conditions with a value of True to proceed
   * with binding the pod to the node while scheduling the pod.
   *
   * The maximum number of binding conditions is 4.
   *
   * The conditions must be a valid condition type string.
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

  public V1Device bindingFailureConditions(List<String> bindingFailureConditions) {
    this.bindingFailureConditions = bindingFailureConditions;
    return this;
  }

  public V1Device addBindingFailureConditionsItem(String item) {
    if (this.bindingFailureConditions == null) {
      this.bindingFailureConditions = new ArrayList<>();
    }
    this.bindingFailureConditions.add(item);
    return this;
  }

  /**
   * BindingFailureConditions defines the conditions for binding failure. They may be set in the
   * per-device status conditions. If any is set to "True", a binding failure occurred.
   *
   * The maximum number of binding failure conditions is 4.
   *
   * The conditions must be a valid condition type string.
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

  public V1Device bindsToNode(Boolean bindsToNode) {
    this.bindsToNode = bindsToNode;
    return this;
  }

  /**
   * BindsToNode indicates if the usage of an allocation involving this device has to be limited
   * to exactly the node that was chosen when allocating the claim. If set to true, the scheduler
   * will set the ResourceClaim.Status.Allocation.NodeSelector to match the node where the
   * allocation was made.
   *
   * This is a beta field and requires enabling the DRADeviceBindingConditions and
   * DRAResourceClaimDeviceStatus feature gates.
   *
   * @return bindsToNode
   */
  public Boolean getBindsToNode() {
    return bindsToNode;
  }

  public void setBindsToNode(Boolean bindsToNode) {
    this.bindsToNode = bindsToNode;
  }

  public V1Device capacity(Map<String, V1DeviceCapacity> capacity) {
    this.capacity = capacity;
    return this;
  }

  public V1Device putCapacityItem(String key, V1DeviceCapacity item) {
    if (this.capacity == null) {
      this.capacity = new LinkedHashMap<>();
    }
    this.capacity.put(key, item);
    return this;
  }

  /**
   * Capacity defines the set of capacities for this device. The name of each capacity must be
   * unique in that set.
   *
   * The maximum number of attributes and capacities combined is 32.
   *
   * @return capacity
   */
  public Map<String, V1DeviceCapacity> getCapacity() {
    return capacity;
  }

  public void setCapacity(Map<String, V1DeviceCapacity> capacity) {
    this.capacity = capacity;
  }

  public V1Device consumesCounters(List<V1DeviceCounterConsumption> consumesCounters) {
    this.consumesCounters = consumesCounters;
    return this;
  }

  public V1Device addConsumesCountersItem(V1DeviceCounterConsumption item) {
    if (this.consumesCounters == null) {
      this.consumesCounters = new ArrayList<>();
    }
    this.consumesCounters.add(item);
    return this;
  }

  /**
   * ConsumesCounters defines a list of references to sharedCounters and the set of counters that
   * the device will consume from those counter sets.
   *
   * There can only be a single entry per counterSet.
   *
   * The maximum number of device counter consumptions per device is 2.
   *
   * @return consumesCounters
   */
  public List<V1DeviceCounterConsumption> getConsumesCounters() {
    return consumesCounters;
  }

  public void setConsumesCounters(List<V1DeviceCounterConsumption> consumesCounters) {
    this.consumesCounters = consumesCounters;
  }

  public V1Device name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name is unique identifier among all devices managed by the driver in the pool. It must be a
   * DNS label.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1Device nodeAllocatableResources(Map<String, V1NodeAllocatableResource> nodeAllocatableResources) {
    this.nodeAllocatableResources = nodeAllocatableResources;
    return this;
  }

  public V1Device putNodeAllocatableResourcesItem(String key, V1NodeAllocatableResource item) {
    if (this.nodeAllocatableResources == null) {
      this.nodeAllocatableResources = new LinkedHashMap<>();
    }
    this.nodeAllocatableResources.put(key, item);
    return this;
  }

  /**
   * NodeAllocatableResources defines the mapping of node resources that are managed by the DRA
   * driver exposing this device. This includes resources currently reported in v1.Node
   * `status.allocatable` that are not extended resources (see
   * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#extended-resources).
   * Examples include "cpu", "memory", "ephemeral-storage", and hugepages. In addition to
   * standard requests made through the Pod `spec`, these resources can also be requested through
   * claims and allocated by the DRA driver. For example, a CPU DRA driver might allocate
   * exclusive CPUs or auxiliary node memory dependencies of an accelerator device. The keys of
   * this map are the node-allocatable resource names (e.g., "cpu", "memory"). Extended resource
   * names are not permitted as keys.
   *
   * @return nodeAllocatableResources
   */
  public Map<String, V1NodeAllocatableResource> getNodeAllocatableResources() {
    return nodeAllocatableResources;
  }

  public void setNodeAllocatableResources(Map<String, V1NodeAllocatableResource> nodeAllocatableResources) {
    this.nodeAllocatableResources = nodeAllocatableResources;
  }

  public V1Device nodeName(String nodeName) {
    this.nodeName = nodeName;
    return this;
  }

  /**
   * NodeName identifies the node where the device is available.
   *
   * Must only be set if Spec.PerDeviceNodeSelection is set to true. At most one of NodeName,
   * NodeSelector and AllNodes can be set.
   *
   * @return nodeName
   */
  public String getNodeName() {
    return nodeName;
  }

  public void setNodeName(String nodeName) {
    this.nodeName = nodeName;
  }

  public V1Device nodeSelector(V1NodeSelector nodeSelector) {
    this.nodeSelector = nodeSelector;
    return this;
  }

  /**
   * NodeSelector defines the nodes where the device is available.
   *
   * Must use exactly one term.
   *
   * Must only be set if Spec.PerDeviceNodeSelection is set to true. At most one of NodeName,
   * NodeSelector and AllNodes can be set.
   *
   * @return nodeSelector
   */
  public V1NodeSelector getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(V1NodeSelector nodeSelector) {
    this.nodeSelector = nodeSelector;
  }

  public V1Device taints(List<V1DeviceTaint> taints) {
    this.taints = taints;
    return this;
  }

  public V1Device addTaintsItem(V1DeviceTaint item) {
    if (this.taints == null) {
      this.taints = new ArrayList<>();
    }
    this.taints.add(item);
    return this;
  }

  /**
   * If specified, these are the driver-defined taints.
   *
   * The maximum number of taints is 16. If taints are set for any device in a ResourceSlice,
   * then the maximum number of allowed devices per ResourceSlice is 64 instead of 128.
   *
   * This is a beta field and requires enabling the DRADeviceTaints feature gate.
   *
   * @return taints
   */
  public List<V1DeviceTaint> getTaints() {
    return taints;
  }

  public void setTaints(List<V1DeviceTaint> taints) {
    this.taints = taints;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Device that = (V1Device) other;
    return Objects.equals(allNodes, that.allNodes)
        && Objects.equals(allowMultipleAllocations, that.allowMultipleAllocations)
        && Objects.equals(attributes, that.attributes)
        && Objects.equals(bindingConditions, that.bindingConditions)
        && Objects.equals(bindingFailureConditions, that.bindingFailureConditions)
        && Objects.equals(bindsToNode, that.bindsToNode)
        && Objects.equals(capacity, that.capacity)
        && Objects.equals(consumesCounters, that.consumesCounters)
        && Objects.equals(name, that.name)
        && Objects.equals(nodeAllocatableResources, that.nodeAllocatableResources)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(nodeSelector, that.nodeSelector)
        && Objects.equals(taints, that.taints);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allNodes, allowMultipleAllocations, attributes, bindingConditions, bindingFailureConditions, bindsToNode, capacity, consumesCounters, name, nodeAllocatableResources, nodeName, nodeSelector, taints);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Device {\n");
    sb.append("    allNodes: ").append(allNodes).append('\n');
    sb.append("    allowMultipleAllocations: ").append(allowMultipleAllocations).append('\n');
    sb.append("    attributes: ").append(String.valueOf(attributes).replace("\n", "\n    ")).append('\n');
    sb.append("    bindingConditions: ").append(String.valueOf(bindingConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    bindingFailureConditions: ").append(String.valueOf(bindingFailureConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    bindsToNode: ").append(bindsToNode).append('\n');
    sb.append("    capacity: ").append(String.valueOf(capacity).replace("\n", "\n    ")).append('\n');
    sb.append("    consumesCounters: ").append(String.valueOf(consumesCounters).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    nodeAllocatableResources: ").append(String.valueOf(nodeAllocatableResources).replace("\n", "\n    ")).append('\n');
    sb.append("    nodeName: ").append(nodeName).append('\n');
    sb.append("    nodeSelector: ").append(String.valueOf(nodeSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    taints: ").append(String.valueOf(taints).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
