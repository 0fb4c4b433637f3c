package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CSINodeDriver}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CSINodeDriverBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CSINodeDriverFluent<A extends V1CSINodeDriverFluent<A>> {
  private V1VolumeNodeResources allocatable;
  private String name;
  private String nodeID;
  private List<String> topologyKeys;

  public V1CSINodeDriverFluent() {}

  public V1CSINodeDriverFluent(V1CSINodeDriver instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CSINodeDriver instance) {
    if (instance != null) {
      this.allocatable = instance.getAllocatable();
      this.name = instance.getName();
      this.nodeID = instance.getNodeID();
      this.topologyKeys = instance.getTopologyKeys() == null ? null : new ArrayList<>(instance.getTopologyKeys());
    }
  }

  /** A new {@link V1CSINodeDriver} holding what was set (lists and maps copied). */
  V1CSINodeDriver toModel() {
    V1CSINodeDriver o = new V1CSINodeDriver();
    o.setAllocatable(allocatable);
    o.setName(name);
    o.setNodeID(nodeID);
    o.setTopologyKeys(topologyKeys == null ? null : new ArrayList<>(topologyKeys));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1VolumeNodeResources getAllocatable() {
    return allocatable;
  }

  public A withAllocatable(V1VolumeNodeResources allocatable) {
    this.allocatable = allocatable;
    return self();
  }

  public boolean hasAllocatable() {
    return allocatable != null;
  }

  public V1VolumeNodeResources buildAllocatable() {
    return allocatable;
  }

  public AllocatableNested withNewAllocatable() {
    return new AllocatableNested(null);
  }

  public AllocatableNested withNewAllocatableLike(V1VolumeNodeResources item) {
    return new AllocatableNested(item);
  }

  public AllocatableNested editAllocatable() {
    return new AllocatableNested(allocatable);
  }

  public AllocatableNested editOrNewAllocatable() {
    return new AllocatableNested(allocatable != null ? allocatable : new V1VolumeNodeResources());
  }

  public AllocatableNested editOrNewAllocatableLike(V1VolumeNodeResources item) {
    return new AllocatableNested(allocatable != null ? allocatable : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AllocatableNested extends V1VolumeNodeResourcesFluent<AllocatableNested> {
    AllocatableNested(V1VolumeNodeResources item) {
      super(item);
    }

    public A and() {
      return V1CSINodeDriverFluent.this.withAllocatable(toModel());
    }

    public A endAllocatable() {
      return and();
    }
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public String getNodeID() {
    return nodeID;
  }

  public A withNodeID(String nodeID) {
    this.nodeID = nodeID;
    return self();
  }

  public boolean hasNodeID() {
    return nodeID != null;
  }

  public List<String> getTopologyKeys() {
    return topologyKeys;
  }

  public A withTopologyKeys(List<String> topologyKeys) {
    this.topologyKeys = topologyKeys == null ? null : new ArrayList<>(topologyKeys);
    return self();
  }

  public boolean hasTopologyKeys() {
    return topologyKeys != null;
  }

  public A withTopologyKeys(String... items) {
    this.topologyKeys = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTopologyKeys(String... items) {
    for (String item : items) {
      addToTopologyKeys(-1, item);
    }
    return self();
  }

  public A removeFromTopologyKeys(String... items) {
    return removeAllFromTopologyKeys(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTopologyKeys(int index, String item) {
    if (this.topologyKeys == null) {
      this.topologyKeys = new ArrayList<>();
    }
    if (index < 0 || index >= this.topologyKeys.size()) {
      this.topologyKeys.add(item);
    } else {
      this.topologyKeys.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTopologyKeys(int index, String item) {
    if (index < 0 || this.topologyKeys == null || index >= this.topologyKeys.size()) {
      return addToTopologyKeys(-1, item);
    }
    this.topologyKeys.set(index, item);
    return self();
  }

  public A addAllToTopologyKeys(Collection<String> items) {
    for (String item : items) {
      addToTopologyKeys(-1, item);
    }
    return self();
  }

  public A removeAllFromTopologyKeys(Collection<String> items) {
    if (this.topologyKeys != null) {
      this.topologyKeys.removeAll(items);
    }
    return self();
  }
}
