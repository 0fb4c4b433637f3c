package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NodeAllocatableResourceClaimStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeAllocatableResourceClaimStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeAllocatableResourceClaimStatusFluent<A extends V1NodeAllocatableResourceClaimStatusFluent<A>> {
  private List<String> containers;
  private List<V1NodeAllocatableMappedResources> mapping;
  private List<V1NodeAllocatableOverheadResources> overhead;
  private String resourceClaimName;

  public V1NodeAllocatableResourceClaimStatusFluent() {}

  public V1NodeAllocatableResourceClaimStatusFluent(V1NodeAllocatableResourceClaimStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeAllocatableResourceClaimStatus instance) {
    if (instance != null) {
      this.containers = instance.getContainers() == null ? null : new ArrayList<>(instance.getContainers());
      this.mapping = instance.getMapping() == null ? null : new ArrayList<>(instance.getMapping());
      this.overhead = instance.getOverhead() == null ? null : new ArrayList<>(instance.getOverhead());
      this.resourceClaimName = instance.getResourceClaimName();
    }
  }

  /** A new {@link V1NodeAllocatableResourceClaimStatus} holding what was set (lists and maps copied). */
  V1NodeAllocatableResourceClaimStatus toModel() {
    V1NodeAllocatableResourceClaimStatus o = new V1NodeAllocatableResourceClaimStatus();
    o.setContainers(containers == null ? null : new ArrayList<>(containers));
    o.setMapping(mapping == null ? null : new ArrayList<>(mapping));
    o.setOverhead(overhead == null ? null : new ArrayList<>(overhead));
    o.setResourceClaimName(resourceClaimName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getContainers() {
    return containers;
  }

  public A withContainers(List<String> containers) {
    this.containers = containers == null ? null : new ArrayList<>(containers);
    return self();
  }

  public boolean hasContainers() {
    return containers != null;
  }

  public A withContainers(String... items) {
    this.containers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToContainers(String... items) {
    for (String item : items) {
      addToContainers(-1, item);
    }
    return self();
  }

  public A removeFromContainers(String... items) {
    return removeAllFromContainers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToContainers(int index, String item) {
    if (this.containers == null) {
      this.containers = new ArrayList<>();
    }
    if (index < 0 || index >= this.containers.size()) {
      this.containers.add(item);
    } else {
      this.containers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToContainers(int index, String item) {
    if (index < 0 || this.containers == null || index >= this.containers.size()) {
      return addToContainers(-1, item);
    }
    this.containers.set(index, item);
    return self();
  }

  public A addAllToContainers(Collection<String> items) {
    for (String item : items) {
      addToContainers(-1, item);
    }
    return self();
  }

  public A removeAllFromContainers(Collection<String> items) {
    if (this.containers != null) {
      this.containers.removeAll(items);
    }
    return self();
  }

  public List<V1NodeAllocatableMappedResources> getMapping() {
    return mapping;
  }

  public A withMapping(List<V1NodeAllocatableMappedResources> mapping) {
    this.mapping = mapping == null ? null : new ArrayList<>(mapping);
    return self();
  }

  public boolean hasMapping() {
    return mapping != null;
  }

  public A withMapping(V1NodeAllocatableMappedResources... items) {
    this.mapping = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMapping(V1NodeAllocatableMappedResources... items) {
    for (V1NodeAllocatableMappedResources item : items) {
      addToMapping(-1, item);
    }
    return self();
  }

  public A removeFromMapping(V1NodeAllocatableMappedResources... items) {
    return removeAllFromMapping(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMapping(int index, V1NodeAllocatableMappedResources item) {
    if (this.mapping == null) {
      this.mapping = new ArrayList<>();
    }
    if (index < 0 || index >= this.mapping.size()) {
      this.mapping.add(item);
    } else {
      this.mapping.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMapping(int index, V1NodeAllocatableMappedResources item) {
    if (index < 0 || this.mapping == null || index >= this.mapping.size()) {
      return addToMapping(-1, item);
    }
    this.mapping.set(index, item);
    return self();
  }

  public A addAllToMapping(Collection<V1NodeAllocatableMappedResources> items) {
    for (V1NodeAllocatableMappedResources item : items) {
      addToMapping(-1, item);
    }
    return self();
  }

  public A removeAllFromMapping(Collection<V1NodeAllocatableMappedResources> items) {
    if (this.mapping != null) {
      this.mapping.removeAll(items);
    }
    return self();
  }

  public List<V1NodeAllocatableMappedResources> buildMapping() {
    return mapping;
  }

  public V1NodeAllocatableMappedResources buildMapping(int index) {
    return this.mapping.get(index);
  }

  public MappingNested addNewMapping() {
    return new MappingNested(-1, null);
  }

  public MappingNested addNewMappingLike(V1NodeAllocatableMappedResources item) {
    return new MappingNested(-1, item);
  }

  public MappingNested setNewMappingLike(int index, V1NodeAllocatableMappedResources item) {
    return new MappingNested(index, item);
  }

  public MappingNested editMapping(int index) {
    if (this.mapping == null || index < 0 || index >= this.mapping.size()) {
      throw new IndexOutOfBoundsException("can't edit mapping [" + index + "]");
    }
    return new MappingNested(index, this.mapping.get(index));
  }

  public MappingNested editFirstMapping() {
    return editMapping(0);
  }

  public MappingNested editLastMapping() {
    return editMapping(this.mapping == null ? -1 : this.mapping.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class MappingNested extends V1NodeAllocatableMappedResourcesFluent<MappingNested> {
    private final int index;

    MappingNested(int index, V1NodeAllocatableMappedResources item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeAllocatableResourceClaimStatusFluent.this.setToMapping(index, toModel());
    }

    public A endMapping() {
      return and();
    }
  }

  public List<V1NodeAllocatableOverheadResources> getOverhead() {
    return overhead;
  }

  public A withOverhead(List<V1NodeAllocatableOverheadResources> overhead) {
    this.overhead = overhead == null ? null : new ArrayList<>(overhead);
    return self();
  }

  public boolean hasOverhead() {
    return overhead != null;
  }

  public A withOverhead(V1NodeAllocatableOverheadResources... items) {
    this.overhead = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToOverhead(V1NodeAllocatableOverheadResources... items) {
    for (V1NodeAllocatableOverheadResources item : items) {
      addToOverhead(-1, item);
    }
    return self();
  }

  public A removeFromOverhead(V1NodeAllocatableOverheadResources... items) {
    return removeAllFromOverhead(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToOverhead(int index, V1NodeAllocatableOverheadResources item) {
    if (this.overhead == null) {
      this.overhead = new ArrayList<>();
    }
    if (index < 0 || index >= this.overhead.size()) {
      this.overhead.add(item);
    } else {
      this.overhead.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToOverhead(int index, V1NodeAllocatableOverheadResources item) {
    if (index < 0 || this.overhead == null || index >= this.overhead.size()) {
      return addToOverhead(-1, item);
    }
    this.overhead.set(index, item);
    return self();
  }

  public A addAllToOverhead(Collection<V1NodeAllocatableOverheadResources> items) {
    for (V1NodeAllocatableOverheadResources item : items) {
      addToOverhead(-1, item);
    }
    return self();
  }

  public A removeAllFromOverhead(Collection<V1NodeAllocatableOverheadResources> items) {
    if (this.overhead != null) {
      this.overhead.removeAll(items);
    }
    return self();
  }

  public List<V1NodeAllocatableOverheadResources> buildOverhead() {
    return overhead;
  }

  public V1NodeAllocatableOverheadResources buildOverhead(int index) {
    return this.overhead.get(index);
  }

  public OverheadNested addNewOverhead() {
    return new OverheadNested(-1, null);
  }

  public OverheadNested addNewOverheadLike(V1NodeAllocatableOverheadResources item) {
    return new OverheadNested(-1, item);
  }

  public OverheadNested setNewOverheadLike(int index, V1NodeAllocatableOverheadResources item) {
    return new OverheadNested(index, item);
  }

  public OverheadNested editOverhead(int index) {
    if (this.overhead == null || index < 0 || index >= this.overhead.size()) {
      throw new IndexOutOfBoundsException("can't edit overhead [" + index + "]");
    }
    return new OverheadNested(index, this.overhead.get(index));
  }

  public OverheadNested editFirstOverhead() {
    return editOverhead(0);
  }

  public OverheadNested editLastOverhead() {
    return editOverhead(this.overhead == null ? -1 : this.overhead.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class OverheadNested extends V1NodeAllocatableOverheadResourcesFluent<OverheadNested> {
    private final int index;

    OverheadNested(int index, V1NodeAllocatableOverheadResources item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeAllocatableResourceClaimStatusFluent.this.setToOverhead(index, toModel());
    }

    public A endOverhead() {
      return and();
    }
  }

  public String getResourceClaimName() {
    return resourceClaimName;
  }

  public A withResourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
    return self();
  }

  public boolean hasResourceClaimName() {
    return resourceClaimName != null;
  }
}
