package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1CSIStorageCapacity}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CSIStorageCapacityBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CSIStorageCapacityFluent<A extends V1CSIStorageCapacityFluent<A>> {
  private String apiVersion;
  private Quantity capacity;
  private String kind;
  private Quantity maximumVolumeSize;
  private V1ObjectMeta metadata;
  private V1LabelSelector nodeTopology;
  private String storageClassName;

  public V1CSIStorageCapacityFluent() {}

  public V1CSIStorageCapacityFluent(V1CSIStorageCapacity instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CSIStorageCapacity instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.capacity = instance.getCapacity();
      this.kind = instance.getKind();
      this.maximumVolumeSize = instance.getMaximumVolumeSize();
      this.metadata = instance.getMetadata();
      this.nodeTopology = instance.getNodeTopology();
      this.storageClassName = instance.getStorageClassName();
    }
  }

  /** A new {@link V1CSIStorageCapacity} holding what was set (lists and maps copied). */
  V1CSIStorageCapacity toModel() {
    V1CSIStorageCapacity o = new V1CSIStorageCapacity();
    o.setApiVersion(apiVersion);
    o.setCapacity(capacity);
    o.setKind(kind);
    o.setMaximumVolumeSize(maximumVolumeSize);
    o.setMetadata(metadata);
    o.setNodeTopology(nodeTopology);
    o.setStorageClassName(storageClassName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public Quantity getCapacity() {
    return capacity;
  }

  public A withCapacity(Quantity capacity) {
    this.capacity = capacity;
    return self();
  }

  public boolean hasCapacity() {
    return capacity != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public Quantity getMaximumVolumeSize() {
    return maximumVolumeSize;
  }

  public A withMaximumVolumeSize(Quantity maximumVolumeSize) {
    this.maximumVolumeSize = maximumVolumeSize;
    return self();
  }

  public boolean hasMaximumVolumeSize() {
    return maximumVolumeSize != null;
  }

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1CSIStorageCapacityFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1LabelSelector getNodeTopology() {
    return nodeTopology;
  }

  public A withNodeTopology(V1LabelSelector nodeTopology) {
    this.nodeTopology = nodeTopology;
    return self();
  }

  public boolean hasNodeTopology() {
    return nodeTopology != null;
  }

  public V1LabelSelector buildNodeTopology() {
    return nodeTopology;
  }

  public NodeTopologyNested withNewNodeTopology() {
    return new NodeTopologyNested(null);
  }

  public NodeTopologyNested withNewNodeTopologyLike(V1LabelSelector item) {
    return new NodeTopologyNested(item);
  }

  public NodeTopologyNested editNodeTopology() {
    return new NodeTopologyNested(nodeTopology);
  }

  public NodeTopologyNested editOrNewNodeTopology() {
    return new NodeTopologyNested(nodeTopology != null ? nodeTopology : new V1LabelSelector());
  }

  public NodeTopologyNested editOrNewNodeTopologyLike(V1LabelSelector item) {
    return new NodeTopologyNested(nodeTopology != null ? nodeTopology : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodeTopologyNested extends V1LabelSelectorFluent<NodeTopologyNested> {
    NodeTopologyNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1CSIStorageCapacityFluent.this.withNodeTopology(toModel());
    }

    public A endNodeTopology() {
      return and();
    }
  }

  public String getStorageClassName() {
    return storageClassName;
  }

  public A withStorageClassName(String storageClassName) {
    this.storageClassName = storageClassName;
    return self();
  }

  public boolean hasStorageClassName() {
    return storageClassName != null;
  }
}
