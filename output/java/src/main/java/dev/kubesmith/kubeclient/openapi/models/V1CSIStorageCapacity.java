package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * CSIStorageCapacity stores the result of one CSI GetCapacity call. For a given StorageClass,
 * this describes the available capacity in a particular topology segment.  This can be used
 * when considering where to instantiate new PersistentVolumes.
 *
 * For example this can express things like: - StorageClass "standard" has "1234 GiB" available
 * in "topology.kubernetes.io/zone=us-east1" - StorageClass "localssd" has "10 GiB" available
 * in "kubernetes.io/hostname=knode-abc123"
 *
 * The following three cases all imply that no capacity is available for a certain combination:
 * - no object exists with suitable topology and storage class name - such an object exists,
 * but the capacity is unset - such an object exists, but the capacity is zero
 *
 * The producer of these objects can decide which approach is more suitable.
 *
 * They are consumed by the kube-scheduler when a CSI driver opts into capacity-aware
 * scheduling with CSIDriverSpec.StorageCapacity. The scheduler compares the MaximumVolumeSize
 * against the requested size of pending volumes to filter out unsuitable nodes. If
 * MaximumVolumeSize is unset, it falls back to a comparison against the less precise Capacity.
 * If that is also unset, the scheduler assumes that capacity is insufficient and tries some
 * other node.
 */
public class V1CSIStorageCapacity implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "apiVersion",
      "capacity",
      "kind",
      "maximumVolumeSize",
      "metadata",
      "nodeTopology",
      "storageClassName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CSIStorageCapacity> CODEC = new Codec<V1CSIStorageCapacity>() {
    @Override
    public V1CSIStorageCapacity read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CSIStorageCapacity)");
      }
      V1CSIStorageCapacity o = new V1CSIStorageCapacity();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 1:
            o.capacity = Codecs.QUANTITY.read(p);
            break;
          case 2:
            o.kind = Codecs.STRING.read(p);
            break;
          case 3:
            o.maximumVolumeSize = Codecs.QUANTITY.read(p);
            break;
          case 4:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 5:
            o.nodeTopology = V1LabelSelector.CODEC.read(p);
            break;
          case 6:
            o.storageClassName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CSIStorageCapacity o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.capacity != null) {
        g.writeFieldName("capacity");
        Codecs.QUANTITY.write(g, o.capacity);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.maximumVolumeSize != null) {
        g.writeFieldName("maximumVolumeSize");
        Codecs.QUANTITY.write(g, o.maximumVolumeSize);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.nodeTopology != null) {
        g.writeFieldName("nodeTopology");
        V1LabelSelector.CODEC.write(g, o.nodeTopology);
      }
      if (o.storageClassName != null) {
        g.writeFieldName("storageClassName");
        Codecs.STRING.write(g, o.storageClassName);
      }
      g.writeEndObject();
    }
  };

  private String apiVersion;

  private Quantity capacity;

  private String kind;

  private Quantity maximumVolumeSize;

  private V1ObjectMeta metadata;

  private V1LabelSelector nodeTopology;

  private String storageClassName;

  public V1CSIStorageCapacity apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public V1CSIStorageCapacity capacity(Quantity capacity) {
    this.capacity = capacity;
    return this;
  }

  /**
   * capacity is the value reported by the CSI driver in its GetCapacityResponse for a
   * GetCapacityRequest with topology and parameters that match the previous fields.
   *
   * The semantic is currently (CSI spec 1.2) defined as: The available capacity, in bytes, of
   * the storage that can be used to provision volumes. If not set, that information is currently
   * unavailable.
   *
   * @return capacity
   */
  public Quantity getCapacity() {
    return capacity;
  }

  public void setCapacity(Quantity capacity) {
    this.capacity = capacity;
  }

  public V1CSIStorageCapacity kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public V1CSIStorageCapacity maximumVolumeSize(Quantity maximumVolumeSize) {
    this.maximumVolumeSize = maximumVolumeSize;
    return this;
  }

  /**
   * maximumVolumeSize is the value reported by the CSI driver in its GetCapacityResponse for a
   * GetCapacityRequest with topology and parameters that match the previous fields.
   *
   * This is defined since CSI spec 1.4.0 as the largest size that may be used in a
   * CreateVolumeRequest.capacity_range.required_bytes field to create a volume with the same
   * parameters as those in GetCapacityRequest. The corresponding value in the Kubernetes API is
   * ResourceRequirements.Requests in a volume claim.
   *
   * @return maximumVolumeSize
   */
  public Quantity getMaximumVolumeSize() {
    return maximumVolumeSize;
  }

  public void setMaximumVolumeSize(Quantity maximumVolumeSize) {
    this.maximumVolumeSize = maximumVolumeSize;
  }

  public V1CSIStorageCapacity metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * metadata is the standard object metadata. The name has no particular meaning. It must be a
   * DNS subdomain (dots allowed, 253 characters). To ensure that there are no conflicts with
   * other CSI drivers on the cluster, the recommendation is to use csisc-&lt;uuid&gt;, a
   * generated name, or a reverse-domain name which ends with the unique CSI driver name.
   *
   * Objects are namespaced.
   *
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1CSIStorageCapacity nodeTopology(V1LabelSelector nodeTopology) {
    this.nodeTopology = nodeTopology;
    return this;
  }

  /**
   * nodeTopology defines which nodes have access to the storage for which capacity was reported.
   * If not set, the storage is not accessible from any node in the cluster. If empty, the
   * storage is accessible from all nodes. This field is immutable.
   *
   * @return nodeTopology
   */
  public V1LabelSelector getNodeTopology() {
    return nodeTopology;
  }

  public void setNodeTopology(V1LabelSelector nodeTopology) {
    this.nodeTopology = nodeTopology;
  }

  public V1CSIStorageCapacity storageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
    return this;
  }

  /**
   * storageClassName represents the name of the StorageClass that the reported capacity applies
   * to. It must meet the same requirements as the name of a StorageClass object (non-empty, DNS
   * subdomain). If that object no longer exists, the CSIStorageCapacity object is obsolete and
   * should be removed by its creator. This field is immutable.
   *
   * @return storageClassName
   */
  public String getStorageClassName() {
    return storageClassName;
  }

  public void setStorageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CSIStorageCapacity that = (V1CSIStorageCapacity) other;
    return Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(capacity, that.capacity)
        && Objects.equals(kind, that.kind)
        && Objects.equals(maximumVolumeSize, that.maximumVolumeSize)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(nodeTopology, that.nodeTopology)
        && Objects.equals(storageClassName, that.storageClassName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, capacity, kind, maximumVolumeSize, metadata, nodeTopology, storageClassName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CSIStorageCapacity {\n");
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    capacity: ").append(capacity).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    maximumVolumeSize: ").append(maximumVolumeSize).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    nodeTopology: ").append(String.valueOf(nodeTopology).replace("\n", "\n    ")).append('\n');
    sb.append("    storageClassName: ").append(storageClassName).append('\n');
    return sb.append("}").toString();
  }
}
