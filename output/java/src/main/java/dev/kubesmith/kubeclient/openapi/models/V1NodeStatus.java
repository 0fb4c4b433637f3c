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
 * NodeStatus is information about the current status of a node.
 */
public class V1NodeStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "addresses",
      "allocatable",
      "capacity",
      "conditions",
      "config",
      "daemonEndpoints",
      "declaredFeatures",
      "features",
      "images",
      "nodeInfo",
      "phase",
      "runtimeHandlers",
      "volumesAttached",
      "volumesInUse");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeStatus> CODEC = new Codec<V1NodeStatus>() {
    @Override
    public V1NodeStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeStatus)");
      }
      V1NodeStatus o = new V1NodeStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.addresses = Codecs.listOf(V1NodeAddress.CODEC).read(p);
            break;
          case 1:
            o.allocatable = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 2:
            o.capacity = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 3:
            o.conditions = Codecs.listOf(V1NodeCondition.CODEC).read(p);
            break;
          case 4:
            o.config = V1NodeConfigStatus.CODEC.read(p);
            break;
          case 5:
            o.daemonEndpoints = V1NodeDaemonEndpoints.CODEC.read(p);
            break;
          case 6:
            o.declaredFeatures = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 7:
            o.features = V1NodeFeatures.CODEC.read(p);
            break;
          case 8:
            o.images = Codecs.listOf(V1ContainerImage.CODEC).read(p);
            break;
          case 9:
            o.nodeInfo = V1NodeSystemInfo.CODEC.read(p);
            break;
          case 10:
            o.phase = Codecs.STRING.read(p);
            break;
          case 11:
            o.runtimeHandlers = Codecs.listOf(V1NodeRuntimeHandler.CODEC).read(p);
            break;
          case 12:
            o.volumesAttached = Codecs.listOf(V1AttachedVolume.CODEC).read(p);
            break;
          case 13:
            o.volumesInUse = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.addresses != null) {
        g.writeFieldName("addresses");
        Codecs.listOf(V1NodeAddress.CODEC).write(g, o.addresses);
      }
      if (o.allocatable != null) {
        g.writeFieldName("allocatable");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.allocatable);
      }
      if (o.capacity != null) {
        g.writeFieldName("capacity");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.capacity);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1NodeCondition.CODEC).write(g, o.conditions);
      }
      if (o.config != null) {
        g.writeFieldName("config");
        V1NodeConfigStatus.CODEC.write(g, o.config);
      }
      if (o.daemonEndpoints != null) {
        g.writeFieldName("daemonEndpoints");
        V1NodeDaemonEndpoints.CODEC.write(g, o.daemonEndpoints);
      }
      if (o.declaredFeatures != null) {
        g.writeFieldName("declaredFeatures");
        Codecs.listOf(Codecs.STRING).write(g, o.declaredFeatures);
      }
      if (o.features != null) {
        g.writeFieldName("features");
        V1NodeFeatures.CODEC.write(g, o.features);
      }
      if (o.images != null) {
        g.writeFieldName("images");
        Codecs.listOf(V1ContainerImage.CODEC).write(g, o.images);
      }
      if (o.nodeInfo != null) {
        g.writeFieldName("nodeInfo");
        V1NodeSystemInfo.CODEC.write(g, o.nodeInfo);
      }
      if (o.phase != null) {
        g.writeFieldName("phase");
        Codecs.STRING.write(g, o.phase);
      }
      if (o.runtimeHandlers != null) {
        g.writeFieldName("runtimeHandlers");
        Codecs.listOf(V1NodeRuntimeHandler.CODEC).write(g, o.runtimeHandlers);
      }
      if (o.volumesAttached != null) {
        g.writeFieldName("volumesAttached");
        Codecs.listOf(V1AttachedVolume.CODEC).write(g, o.volumesAttached);
      }
      if (o.volumesInUse != null) {
        g.writeFieldName("volumesInUse");
        Codecs.listOf(Codecs.STRING).write(g, o.volumesInUse);
      }
      g.writeEndObject();
    }
  };

  private List<V1NodeAddress> addresses;

  private Map<String, Quantity> allocatable;

  private Map<String, Quantity> capacity;

  private List<V1NodeCondition> conditions;

  private V1NodeConfigStatus config;

  private V1NodeDaemonEndpoints daemonEndpoints;

  private List<String> declaredFeatures;

  private V1NodeFeatures features;

  private List<V1ContainerImage> images;

  private V1NodeSystemInfo nodeInfo;

  private String phase;

  private List<V1NodeRuntimeHandler> runtimeHandlers;

  private List<V1AttachedVolume> volumesAttached;

  private List<String> volumesInUse;

  public V1NodeStatus addresses(List<V1NodeAddress> addresses) {
    this.addresses = addresses;
    return this;
  }

  public V1NodeStatus addAddressesItem(V1NodeAddress item) {
    if (this.addresses == null) {
      this.addresses = new ArrayList<>();
    }
    this.addresses.add(item);
    return this;
  }

  /**
   * List of addresses reachable to the node. Queried from cloud provider, if available. More
   * info: https://kubernetes.io/docs/reference/node/node-status/#addresses Note: This field is
   * declared as mergeable, but the merge key is not sufficiently unique, which can cause data
   * corruption when it is merged. Callers should instead use a full-replacement patch. See
   * https://pr.k8s.io/79391 for an example. Consumers should assume that addresses can change
   * during the lifetime of a Node. However, there are some exceptions where this may not be
   * possible, such as Pods that inherit a Node's address in its own status or consumers of the
   * downward API (status.hostIP).
   *
   * @return addresses
   */
  public List<V1NodeAddress> getAddresses() {
    return addresses;
  }

  public void setAddresses(List<V1NodeAddress> addresses) {
    this.addresses = addresses;
  }

  public V1NodeStatus allocatable(Map<String, Quantity> allocatable) {
    this.allocatable = allocatable;
    return this;
  }

  public V1NodeStatus putAllocatableItem(String key, Quantity item) {
    if (this.allocatable == null) {
      this.allocatable = new LinkedHashMap<>();
    }
    this.allocatable.put(key, item);
    return this;
  }

  /**
   * Allocatable represents the resources of a node that are available for scheduling. Defaults
   * to Capacity.
   *
   * @return allocatable
   */
  public Map<String, Quantity> getAllocatable() {
    return allocatable;
  }

  public void setAllocatable(Map<String, Quantity> allocatable) {
    this.allocatable = allocatable;
  }

  public V1NodeStatus capacity(Map<String, Quantity> capacity) {
    this.capacity = capacity;
    return this;
  }

  public V1NodeStatus putCapacityItem(String key, Quantity item) {
    if (this.capacity == null) {
      this.capacity = new LinkedHashMap<>();
    }
    this.capacity.put(key, item);
    return this;
  }

  /**
   * Capacity represents the total resources of a node. More info:
   * https://kubernetes.io/docs/reference/node/node-status/#capacity
   *
   * @return capacity
   */
  public Map<String, Quantity> getCapacity() {
    return capacity;
  }

  public void setCapacity(Map<String, Quantity> capacity) {
    this.capacity = capacity;
  }

  public V1NodeStatus conditions(List<V1NodeCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1NodeStatus addConditionsItem(V1NodeCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Conditions is an array of current observed node conditions. More info:
   * https://kubernetes.io/docs/reference/node/node-status/#condition
   *
   * @return conditions
   */
  public List<V1NodeCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1NodeCondition> conditions) {
    this.conditions = conditions;
  }

  public V1NodeStatus config(V1NodeConfigStatus config) {
    this.config = config;
    return this;
  }

  /**
   * Status of the config assigned to the node via the dynamic Kubelet config feature.
   *
   * @return config
   */
  public V1NodeConfigStatus getConfig() {
    return config;
  }

  public void setConfig(V1NodeConfigStatus config) {
    this.config = config;
  }

  public V1NodeStatus daemonEndpoints(V1NodeDaemonEndpoints daemonEndpoints) {
    this.daemonEndpoints = daemonEndpoints;
    return this;
  }

  /**
   * Endpoints of daemons running on the Node.
   *
   * @return daemonEndpoints
   */
  public V1NodeDaemonEndpoints getDaemonEndpoints() {
    return daemonEndpoints;
  }

  public void setDaemonEndpoints(V1NodeDaemonEndpoints daemonEndpoints) {
    this.daemonEndpoints = daemonEndpoints;
  }

  public V1NodeStatus declaredFeatures(List<String> declaredFeatures) {
    this.declaredFeatures = declaredFeatures;
    return this;
  }

  public V1NodeStatus addDeclaredFeaturesItem(String item) {
    if (this.declaredFeatures == null) {
      this.declaredFeatures = new ArrayList<>();
    }
    this.declaredFeatures.add(item);
    return this;
  }

  /**
   * DeclaredFeatures represents the features related to feature gates that are declared by the
   * node.
   *
   * @return declaredFeatures
   */
  public List<String> getDeclaredFeatures() {
    return declaredFeatures;
  }

  public void setDeclaredFeatures(List<String> declaredFeatures) {
    this.declaredFeatures = declaredFeatures;
  }

  public V1NodeStatus features(V1NodeFeatures features) {
    this.features = features;
    return this;
  }

  /**
   * Features describes the set of features implemented by the CRI implementation.
   *
   * @return features
   */
  public V1NodeFeatures getFeatures() {
    return features;
  }

  public void setFeatures(V1NodeFeatures features) {
    this.features = features;
  }

  public V1NodeStatus images(List<V1ContainerImage> images) {
    this.images = images;
    return this;
  }

  public V1NodeStatus addImagesItem(V1ContainerImage item) {
    if (this.images == null) {
      this.images = new ArrayList<>();
    }
    this.images.add(item);
    return this;
  }

  /**
   * List of container images on this node
   *
   * @return images
   */
  public List<V1ContainerImage> getImages() {
    return images;
  }

  public void setImages(List<V1ContainerImage> images) {
    this.images = images;
  }

  public V1NodeStatus nodeInfo(V1NodeSystemInfo nodeInfo) {
    this.nodeInfo = nodeInfo;
    return this;
  }

  /**
   * Set of ids/uuids to uniquely identify the node. More info:
   * https://kubernetes.io/docs/reference/node/node-status/#info
   *
   * @return nodeInfo
   */
  public V1NodeSystemInfo getNodeInfo() {
    return nodeInfo;
  }

  public void setNodeInfo(V1NodeSystemInfo nodeInfo) {
    this.nodeInfo = nodeInfo;
  }

  public V1NodeStatus phase(String phase) {
    this.phase = phase;
    return this;
  }

  /**
   * NodePhase is the recently observed lifecycle phase of the node. More info:
   * https://kubernetes.io/docs/concepts/nodes/node/#phase The field is never populated, and now
   * is deprecated.
   *
   * @return phase
   */
  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public V1NodeStatus runtimeHandlers(List<V1NodeRuntimeHandler> runtimeHandlers) {
    this.runtimeHandlers = runtimeHandlers;
    return this;
  }

  public V1NodeStatus addRuntimeHandlersItem(V1NodeRuntimeHandler item) {
    if (this.runtimeHandlers == null) {
      this.runtimeHandlers = new ArrayList<>();
    }
    this.runtimeHandlers.add(item);
    return this;
  }

  /**
   * The available runtime handlers.
   *
   * @return runtimeHandlers
   */
  public List<V1NodeRuntimeHandler> getRuntimeHandlers() {
    return runtimeHandlers;
  }

  public void setRuntimeHandlers(List<V1NodeRuntimeHandler> runtimeHandlers) {
    this.runtimeHandlers = runtimeHandlers;
  }

  public V1NodeStatus volumesAttached(List<V1AttachedVolume> volumesAttached) {
    this.volumesAttached = volumesAttached;
    return this;
  }

  public V1NodeStatus addVolumesAttachedItem(V1AttachedVolume item) {
    if (this.volumesAttached == null) {
      this.volumesAttached = new ArrayList<>();
    }
    this.volumesAttached.add(item);
    return this;
  }

  /**
   * List of volumes that are attached to the node.
   *
   * @return volumesAttached
   */
  public List<V1AttachedVolume> getVolumesAttached() {
    return volumesAttached;
  }

  public void setVolumesAttached(List<V1AttachedVolume> volumesAttached) {
    this.volumesAttached = volumesAttached;
  }

  public V1NodeStatus volumesInUse(List<String> volumesInUse) {
    this.volumesInUse = volumesInUse;
    return this;
  }

  public V1NodeStatus addVolumesInUseItem(String item) {
    if (this.volumesInUse == null) {
      this.volumesInUse = new ArrayList<>();
    }
    this.volumesInUse.add(item);
    return this;
  }

  /**
   * List of attachable volumes in use (mounted) by the node.
   *
   * @return volumesInUse
   */
  public List<String> getVolumesInUse() {
    return volumesInUse;
  }

  public void setVolumesInUse(List<String> volumesInUse) {
    this.volumesInUse = volumesInUse;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeStatus that = (V1NodeStatus) other;
    return Objects.equals(addresses, that.addresses)
        && Objects.equals(allocatable, that.allocatable)
        && Objects.equals(capacity, that.capacity)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(config, that.config)
        && Objects.equals(daemonEndpoints, that.daemonEndpoints)
        && Objects.equals(declaredFeatures, that.declaredFeatures)
        && Objects.equals(features, that.features)
        && Objects.equals(images, that.images)
        && Objects.equals(nodeInfo, that.nodeInfo)
        && Objects.equals(phase, that.phase)
        && Objects.equals(runtimeHandlers, that.runtimeHandlers)
        && Objects.equals(volumesAttached, that.volumesAttached)
        && Objects.equals(volumesInUse, that.volumesInUse);
  }

  @Override
  public int hashCode() {
    return Objects.hash(addresses, allocatable, capacity, conditions, config, daemonEndpoints, declaredFeatures, features, images, nodeInfo, phase, runtimeHandlers, volumesAttached, volumesInUse);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeStatus {\n");
    sb.append("    addresses: ").append(String.valueOf(addresses).replace("\n", "\n    ")).append('\n');
    sb.append("    allocatable: ").append(String.valueOf(allocatable).replace("\n", "\n    ")).append('\n');
    sb.append("    capacity: ").append(String.valueOf(capacity).replace("\n", "\n    ")).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    config: ").append(String.valueOf(config).replace("\n", "\n    ")).append('\n');
    sb.append("    daemonEndpoints: ").append(String.valueOf(daemonEndpoints).replace("\n", "\n    ")).append('\n');
    sb.append("    declaredFeatures: ").append(String.valueOf(declaredFeatures).replace("\n", "\n    ")).append('\n');
    sb.append("    features: ").append(String.valueOf(features).replace("\n", "\n    ")).append('\n');
    sb.append("    images: ").append(String.valueOf(images).replace("\n", "\n    ")).append('\n');
    sb.append("    nodeInfo: ").append(String.valueOf(nodeInfo).replace("\n", "\n    ")).append('\n');
    sb.append("    phase: ").append(phase).append('\n');
    sb.append("    runtimeHandlers: ").append(String.valueOf(runtimeHandlers).replace("\n", "\n    ")).append('\n');
    sb.append("    volumesAttached: ").append(String.valueOf(volumesAttached).replace("\n", "\n    ")).append('\n');
    sb.append("    volumesInUse: ").append(String.valueOf(volumesInUse).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
