package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeAllocatableResource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeAllocatableResourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeAllocatableResourceFluent<A extends V1NodeAllocatableResourceFluent<A>> {
  private V1NodeAllocatableMapping mapping;
  private V1NodeAllocatableOverhead overhead;

  public V1NodeAllocatableResourceFluent() {}

  public V1NodeAllocatableResourceFluent(V1NodeAllocatableResource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeAllocatableResource instance) {
    if (instance != null) {
      this.mapping = instance.getMapping();
      this.overhead = instance.getOverhead();
    }
  }

  /** A new {@link V1NodeAllocatableResource} holding what was set (lists and maps copied). */
  V1NodeAllocatableResource toModel() {
    V1NodeAllocatableResource o = new V1NodeAllocatableResource();
    o.setMapping(mapping);
    o.setOverhead(overhead);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1NodeAllocatableMapping getMapping() {
    return mapping;
  }

  public A withMapping(V1NodeAllocatableMapping mapping) {
    this.mapping = mapping;
    return self();
  }

  public boolean hasMapping() {
    return mapping != null;
  }

  public V1NodeAllocatableMapping buildMapping() {
    return mapping;
  }

  public MappingNested withNewMapping() {
    return new MappingNested(null);
  }

  public MappingNested withNewMappingLike(V1NodeAllocatableMapping item) {
    return new MappingNested(item);
  }

  public MappingNested editMapping() {
    return new MappingNested(mapping);
  }

  public MappingNested editOrNewMapping() {
    return new MappingNested(mapping != null ? mapping : new V1NodeAllocatableMapping());
  }

  public MappingNested editOrNewMappingLike(V1NodeAllocatableMapping item) {
    return new MappingNested(mapping != null ? mapping : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MappingNested extends V1NodeAllocatableMappingFluent<MappingNested> {
    MappingNested(V1NodeAllocatableMapping item) {
      super(item);
    }

    public A and() {
      return V1NodeAllocatableResourceFluent.this.withMapping(toModel());
    }

    public A endMapping() {
      return and();
    }
  }

  public V1NodeAllocatableOverhead getOverhead() {
    return overhead;
  }

  public A withOverhead(V1NodeAllocatableOverhead overhead) {
    this.overhead = overhead;
    return self();
  }

  public boolean hasOverhead() {
    return overhead != null;
  }

  public V1NodeAllocatableOverhead buildOverhead() {
    return overhead;
  }

  public OverheadNested withNewOverhead() {
    return new OverheadNested(null);
  }

  public OverheadNested withNewOverheadLike(V1NodeAllocatableOverhead item) {
    return new OverheadNested(item);
  }

  public OverheadNested editOverhead() {
    return new OverheadNested(overhead);
  }

  public OverheadNested editOrNewOverhead() {
    return new OverheadNested(overhead != null ? overhead : new V1NodeAllocatableOverhead());
  }

  public OverheadNested editOrNewOverheadLike(V1NodeAllocatableOverhead item) {
    return new OverheadNested(overhead != null ? overhead : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class OverheadNested extends V1NodeAllocatableOverheadFluent<OverheadNested> {
    OverheadNested(V1NodeAllocatableOverhead item) {
      super(item);
    }

    public A and() {
      return V1NodeAllocatableResourceFluent.this.withOverhead(toModel());
    }

    public A endOverhead() {
      return and();
    }
  }
}
