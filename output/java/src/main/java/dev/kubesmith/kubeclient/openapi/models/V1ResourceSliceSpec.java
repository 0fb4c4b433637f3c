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
 * ResourceSliceSpec contains the information published by the driver in one ResourceSlice.
 */
public class V1ResourceSliceSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allNodes",
      "devices",
      "driver",
      "nodeName",
      "nodeSelector",
      "partitionTypeAttribute",
      "perDeviceNodeSelection",
      "pool",
      "sharedCounters",
      "skipNodeOperations");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceSliceSpec> CODEC = new Codec<V1ResourceSliceSpec>() {
    @Override
    public V1ResourceSliceSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceSliceSpec)");
      }
      V1ResourceSliceSpec o = new V1ResourceSliceSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allNodes = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.devices = Codecs.listOf(V1Device.CODEC).read(p);
            break;
          case 2:
            o.driver = Codecs.STRING.read(p);
            break;
          case 3:
            o.nodeName = Codecs.STRING.read(p);
            break;
          case 4:
            o.nodeSelector = V1NodeSelector.CODEC.read(p);
            break;
          case 5:
            o.partitionTypeAttribute = Codecs.STRING.read(p);
            break;
          case 6:
            o.perDeviceNodeSelection = Codecs.BOOLEAN.read(p);
            break;
          case 7:
            o.pool = V1ResourcePool.CODEC.read(p);
            break;
          case 8:
            o.sharedCounters = Codecs.listOf(V1CounterSet.CODEC).read(p);
            break;
          case 9:
            o.skipNodeOperations = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceSliceSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allNodes != null) {
        g.writeFieldName("allNodes");
        Codecs.BOOLEAN.write(g, o.allNodes);
      }
      if (o.devices != null) {
        g.writeFieldName("devices");
        Codecs.listOf(V1Device.CODEC).write(g, o.devices);
      }
      if (o.driver != null) {
        g.writeFieldName("driver");
        Codecs.STRING.write(g, o.driver);
      }
      if (o.nodeName != null) {
        g.writeFieldName("nodeName");
        Codecs.STRING.write(g, o.nodeName);
      }
      if (o.nodeSelector != null) {
        g.writeFieldName("nodeSelector");
        V1NodeSelector.CODEC.write(g, o.nodeSelector);
      }
      if (o.partitionTypeAttribute != null) {
        g.writeFieldName("partitionTypeAttribute");
        Codecs.STRING.write(g, o.partitionTypeAttribute);
      }
      if (o.perDeviceNodeSelection != null) {
        g.writeFieldName("perDeviceNodeSelection");
        Codecs.BOOLEAN.write(g, o.perDeviceNodeSelection);
      }
      if (o.pool != null) {
        g.writeFieldName("pool");
        V1ResourcePool.CODEC.write(g, o.pool);
      }
      if (o.sharedCounters != null) {
        g.writeFieldName("sharedCounters");
        Codecs.listOf(V1CounterSet.CODEC).write(g, o.sharedCounters);
      }
      if (o.skipNodeOperations != null) {
        g.writeFieldName("skipNodeOperations");
        Codecs.listOf(Codecs.STRING).write(g, o.skipNodeOperations);
      }
      g.writeEndObject();
    }
  };

  private Boolean allNodes;

  private List<V1Device> devices;

  private String driver;

  private String nodeName;

  private V1NodeSelector nodeSelector;

  private String partitionTypeAttribute;

  private Boolean perDeviceNodeSelection;

  private V1ResourcePool pool;

  private List<V1CounterSet> sharedCounters;

  private List<String> skipNodeOperations;

  public V1ResourceSliceSpec allNodes(Boolean allNodes) {
    this.allNodes = allNodes;
    return this;
  }

  /**
   * AllNodes indicates that all nodes have access to the resources in the pool.
   *
   * Exactly one of NodeName, NodeSelector, AllNodes, and PerDeviceNodeSelection must be set.
   *
   * @return allNodes
   */
  public Boolean getAllNodes() {
    return allNodes;
  }

  public void setAllNodes(Boolean allNodes) {
    this.allNodes = allNodes;
  }

  public V1ResourceSliceSpec devices(List<V1Device> devices) {
    this.devices = devices;
    return this;
  }

  public V1ResourceSliceSpec addDevicesItem(V1Device item) {
    if (this.devices == null) {
      this.devices = new ArrayList<>();
    }
    this.devices.add(item);
    return this;
  }

  /**
   * Devices lists some or all of the devices in this pool.
   *
   * Must not have more than 128 entries. If any device uses taints or consumes counters the
   * limit is 64.
   *
   * Only one of Devices and SharedCounters can be set in a ResourceSlice.
   *
   * @return devices
   */
  public List<V1Device> getDevices() {
    return devices;
  }

  public void setDevices(List<V1Device> devices) {
    this.devices = devices;
  }

  public V1ResourceSliceSpec driver(String driver) {
    this.driver = driver;
    return this;
  }

  /**
   * Driver identifies the DRA driver providing the capacity information. A field selector can be
   * used to list only ResourceSlice objects with a certain driver name.
   *
   * Must be a DNS subdomain and should end with a DNS domain owned by the vendor of the driver.
   * It should use only lower case characters. This field is immutable.
   *
   * @return driver
   */
  public String getDriver() {
    return driver;
  }

  public void setDriver(String driver) {
    this.driver = driver;
  }

  public V1ResourceSliceSpec nodeName(String nodeName) {
    this.nodeName = nodeName;
    return this;
  }

  /**
   * NodeName identifies the node which provides the resources in this pool. A field selector can
   * be used to list only ResourceSlice objects belonging to a certain node.
   *
   * This field can be used to limit access from nodes to ResourceSlices with the same node name.
   * It also indicates to autoscalers that adding new nodes of the same type as some old node
   * might also make new resources available.
   *
   * Exactly one of NodeName, NodeSelector, AllNodes, and PerDeviceNodeSelection must be set.
   * This field is immutable.
   *
   * @return nodeName
   */
  public String getNodeName() {
    return nodeName;
  }

  public void setNodeName(String nodeName) {
    this.nodeName = nodeName;
  }

  public V1ResourceSliceSpec nodeSelector(V1NodeSelector nodeSelector) {
    this.nodeSelector = nodeSelector;
    return this;
  }

  /**
   * NodeSelector defines which nodes have access to the resources in the pool, when that pool is
   * not limited to a single node.
   *
   * Must use exactly one term.
   *
   * Exactly one of NodeName, NodeSelector, AllNodes, and PerDeviceNodeSelection must be set.
   *
   * @return nodeSelector
   */
  public V1NodeSelector getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(V1NodeSelector nodeSelector) {
    this.nodeSelector = nodeSelector;
  }

  public V1ResourceSliceSpec partitionTypeAttribute(String partitionTypeAttribute) {
    this.partitionTypeAttribute = partitionTypeAttribute;
    return this;
  }

  /**
   * PartitionTypeAttribute names a string device attribute (by fully qualified name, e.g.
   * "gpu.example.com/profile") whose value labels each device with its partition type, such as
   * "Full" or "Half" for a MIG-style GPU.
   *
   * When set, every partitionable device in the slice must carry the attribute and devices
   * sharing a value must share the same ConsumesCounters cost.
   *
   * @return partitionTypeAttribute
   */
  public String getPartitionTypeAttribute() {
    return partitionTypeAttribute;
  }

  public void setPartitionTypeAttribute(String partitionTypeAttribute) {
    this.partitionTypeAttribute = partitionTypeAttribute;
  }

  public V1ResourceSliceSpec perDeviceNodeSelection(Boolean perDeviceNodeSelection) {
    this.perDeviceNodeSelection = perDeviceNodeSelection;
    return this;
  }

  /**
   * PerDeviceNodeSelection defines whether the access from nodes to resources in the pool is set
   * on the ResourceSlice level or on each device. If it is set to true, every device defined the
   * ResourceSlice must specify this individually.
   *
   * Exactly one of NodeName, NodeSelector, AllNodes, and PerDeviceNodeSelection must be set.
   *
   * @return perDeviceNodeSelection
   */
  public Boolean getPerDeviceNodeSelection() {
    return perDeviceNodeSelection;
  }

  public void setPerDeviceNodeSelection(Boolean perDeviceNodeSelection) {
    this.perDeviceNodeSelection = perDeviceNodeSelection;
  }

  public V1ResourceSliceSpec pool(V1ResourcePool pool) {
    this.pool = pool;
    return this;
  }

  /**
   * Pool describes the pool that this ResourceSlice belongs to.
   *
   * @return pool
   */
  public V1ResourcePool getPool() {
    return pool;
  }

  public void setPool(V1ResourcePool pool) {
    this.pool = pool;
  }

  public V1ResourceSliceSpec sharedCounters(List<V1CounterSet> sharedCounters) {
    this.sharedCounters = sharedCounters;
    return this;
  }

  public V1ResourceSliceSpec addSharedCountersItem(V1CounterSet item) {
    if (this.sharedCounters == null) {
      this.sharedCounters = new ArrayList<>();
    }
    this.sharedCounters.add(item);
    return this;
  }

  /**
   * SharedCounters defines a list of counter sets, each of which has a name and a list of
   * counters available.
   *
   * The names of the counter sets must be unique in the ResourcePool.
   *
   * Only one of Devices and SharedCounters can be set in a ResourceSlice.
   *
   * The maximum number of counter sets is 8.
   *
   * @return sharedCounters
   */
  public List<V1CounterSet> getSharedCounters() {
    return sharedCounters;
  }

  public void setSharedCounters(List<V1CounterSet> sharedCounters) {
    this.sharedCounters = sharedCounters;
  }

  public V1ResourceSliceSpec skipNodeOperations(List<String> skipNodeOperations) {
    this.skipNodeOperations = skipNodeOperations;
    return this;
  }

  public V1ResourceSliceSpec addSkipNodeOperationsItem(String item) {
    if (this.skipNodeOperations == null) {
      this.skipNodeOperations = new ArrayList<>();
    }
    this.skipNodeOperations.add(item);
    return this;
  }

  /**
   * SkipNodeOperations lists node-local resource operations (gRPC calls) that will be skipped
   * for the devices in this slice when determining whether operations are necessary on the node.
   * If all allocated devices for a driver in a claim skip an operation, that gRPC call will be
   * skipped. Valid values are:
   *
   * - "NodePrepareResources": NodePrepareResources gRPC calls are skipped. This
   *   value cannot be specified unless "NodeUnprepareResources" is also listed
   *   (or "*" is specified).
   * - "NodeUnprepareResources": NodeUnprepareResources gRPC calls are skipped. - "*": All
   * node-local resource operations are skipped.
   *
   * Other values may be added in the future. The kubelet must ignore unknown values.
   *
   * @return skipNodeOperations
   */
  public List<String> getSkipNodeOperations() {
    return skipNodeOperations;
  }

  public void setSkipNodeOperations(List<String> skipNodeOperations) {
    this.skipNodeOperations = skipNodeOperations;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourceSliceSpec that = (V1ResourceSliceSpec) other;
    return Objects.equals(allNodes, that.allNodes)
        && Objects.equals(devices, that.devices)
        && Objects.equals(driver, that.driver)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(nodeSelector, that.nodeSelector)
        && Objects.equals(partitionTypeAttribute, that.partitionTypeAttribute)
        && Objects.equals(perDeviceNodeSelection, that.perDeviceNodeSelection)
        && Objects.equals(pool, that.pool)
        && Objects.equals(sharedCounters, that.sharedCounters)
        && Objects.equals(skipNodeOperations, that.skipNodeOperations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allNodes, devices, driver, nodeName, nodeSelector, partitionTypeAttribute, perDeviceNodeSelection, pool, sharedCounters, skipNodeOperations);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceSliceSpec {\n");
    sb.append("    allNodes: ").append(allNodes).append('\n');
    sb.append("    devices: ").append(String.valueOf(devices).replace("\n", "\n    ")).append('\n');
    sb.append("    driver: ").append(driver).append('\n');
    sb.append("    nodeName: ").append(nodeName).append('\n');
    sb.append("    nodeSelector: ").append(String.valueOf(nodeSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    partitionTypeAttribute: ").append(partitionTypeAttribute).append('\n');
    sb.append("    perDeviceNodeSelection: ").append(perDeviceNodeSelection).append('\n');
    sb.append("    pool: ").append(String.valueOf(pool).replace("\n", "\n    ")).append('\n');
    sb.append("    sharedCounters: ").append(String.valueOf(sharedCounters).replace("\n", "\n    ")).append('\n');
    sb.append("    skipNodeOperations: ").append(String.valueOf(skipNodeOperations).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
