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
 * CSINodeDriver holds information about the specification of one CSI driver installed on a
 * node
 */
public class V1CSINodeDriver {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocatable",
      "name",
      "nodeID",
      "topologyKeys");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CSINodeDriver> CODEC = new Codec<V1CSINodeDriver>() {
    @Override
    public V1CSINodeDriver read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CSINodeDriver)");
      }
      V1CSINodeDriver o = new V1CSINodeDriver();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocatable = V1VolumeNodeResources.CODEC.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          case 2:
            o.nodeID = Codecs.STRING.read(p);
            break;
          case 3:
            o.topologyKeys = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CSINodeDriver o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocatable != null) {
        g.writeFieldName("allocatable");
        V1VolumeNodeResources.CODEC.write(g, o.allocatable);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.nodeID != null) {
        g.writeFieldName("nodeID");
        Codecs.STRING.write(g, o.nodeID);
      }
      if (o.topologyKeys != null) {
        g.writeFieldName("topologyKeys");
        Codecs.listOf(Codecs.STRING).write(g, o.topologyKeys);
      }
      g.writeEndObject();
    }
  };

  private V1VolumeNodeResources allocatable;

  private String name;

  private String nodeID;

  private List<String> topologyKeys;

  public V1CSINodeDriver allocatable(V1VolumeNodeResources allocatable) {
    this.allocatable = allocatable;
    return this;
  }

  /**
   * allocatable represents the volume resources of a node that are available for scheduling.
   * This field is beta.
   *
   * @return allocatable
   */
  public V1VolumeNodeResources getAllocatable() {
    return allocatable;
  }

  public void setAllocatable(V1VolumeNodeResources allocatable) {
    this.allocatable = allocatable;
  }

  public V1CSINodeDriver name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name represents the name of the CSI driver that this object refers to. This MUST be the same
   * name returned by the CSI GetPluginName() call for that driver.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1CSINodeDriver nodeID(String nodeID) {
    this.nodeID = nodeID;
    return this;
  }

  /**
   * nodeID of the node from the driver point of view. This field enables Kubernetes to
   * communicate with storage systems that do not share the same nomenclature for nodes. For
   * example, Kubernetes may refer to a given node as "node1", but the storage system may refer
   * to the same node as "nodeA". When Kubernetes issues a command to the storage system to
   * attach a volume to a specific node, it can use this field to refer to the node name using
   * the ID that the storage system will understand, e.g. "nodeA" instead of "node1". This field
   * is required.
   *
   * @return nodeID
   */
  public String getNodeID() {
    return nodeID;
  }

  public void setNodeID(String nodeID) {
    this.nodeID = nodeID;
  }

  public V1CSINodeDriver topologyKeys(List<String> topologyKeys) {
    this.topologyKeys = topologyKeys;
    return this;
  }

  public V1CSINodeDriver addTopologyKeysItem(String item) {
    if (this.topologyKeys == null) {
      this.topologyKeys = new ArrayList<>();
    }
    this.topologyKeys.add(item);
    return this;
  }

  /**
   * topologyKeys is the list of keys supported by the driver. When a driver is initialized on a
   * cluster, it provides a set of topology keys that it understands (e.g. "company.com/zone",
   * "company.com/region"). When a driver is initialized on a node, it provides the same topology
   * keys along with values. Kubelet will expose these topology keys as labels on its own node
   * object. When Kubernetes does topology aware provisioning, it can use this list to determine
   * which labels it should retrieve from the node object and pass back to the driver. It is
   * possible for different nodes to use different topology keys. This can be empty if driver
   * does not support topology.
   *
   * @return topologyKeys
   */
  public List<String> getTopologyKeys() {
    return topologyKeys;
  }

  public void setTopologyKeys(List<String> topologyKeys) {
    this.topologyKeys = topologyKeys;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CSINodeDriver that = (V1CSINodeDriver) other;
    return Objects.equals(allocatable, that.allocatable)
        && Objects.equals(name, that.name)
        && Objects.equals(nodeID, that.nodeID)
        && Objects.equals(topologyKeys, that.topologyKeys);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocatable, name, nodeID, topologyKeys);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CSINodeDriver {\n");
    sb.append("    allocatable: ").append(String.valueOf(allocatable).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    nodeID: ").append(nodeID).append('\n');
    sb.append("    topologyKeys: ").append(String.valueOf(topologyKeys).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
