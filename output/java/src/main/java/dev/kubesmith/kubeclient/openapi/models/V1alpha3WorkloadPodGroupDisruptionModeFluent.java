package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3WorkloadPodGroupDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadPodGroupDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadPodGroupDisruptionModeFluent<A extends V1alpha3WorkloadPodGroupDisruptionModeFluent<A>> {
  private V1alpha3WorkloadPodGroupAllDisruptionMode all;
  private V1alpha3WorkloadPodGroupSingleDisruptionMode single;

  public V1alpha3WorkloadPodGroupDisruptionModeFluent() {}

  public V1alpha3WorkloadPodGroupDisruptionModeFluent(V1alpha3WorkloadPodGroupDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadPodGroupDisruptionMode instance) {
    if (instance != null) {
      this.all = instance.getAll();
      this.single = instance.getSingle();
    }
  }

  /** A new {@link V1alpha3WorkloadPodGroupDisruptionMode} holding what was set (lists and maps copied). */
  V1alpha3WorkloadPodGroupDisruptionMode toModel() {
    V1alpha3WorkloadPodGroupDisruptionMode o = new V1alpha3WorkloadPodGroupDisruptionMode();
    o.setAll(all);
    o.setSingle(single);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha3WorkloadPodGroupAllDisruptionMode getAll() {
    return all;
  }

  public A withAll(V1alpha3WorkloadPodGroupAllDisruptionMode all) {
    this.all = all;
    return self();
  }

  public boolean hasAll() {
    return all != null;
  }

  public V1alpha3WorkloadPodGroupAllDisruptionMode buildAll() {
    return all;
  }

  public AllNested withNewAll() {
    return new AllNested(null);
  }

  public AllNested withNewAllLike(V1alpha3WorkloadPodGroupAllDisruptionMode item) {
    return new AllNested(item);
  }

  public AllNested editAll() {
    return new AllNested(all);
  }

  public AllNested editOrNewAll() {
    return new AllNested(all != null ? all : new V1alpha3WorkloadPodGroupAllDisruptionMode());
  }

  public AllNested editOrNewAllLike(V1alpha3WorkloadPodGroupAllDisruptionMode item) {
    return new AllNested(all != null ? all : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AllNested extends V1alpha3WorkloadPodGroupAllDisruptionModeFluent<AllNested> {
    AllNested(V1alpha3WorkloadPodGroupAllDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1alpha3WorkloadPodGroupDisruptionModeFluent.this.withAll(toModel());
    }

    public A endAll() {
      return and();
    }
  }

  public V1alpha3WorkloadPodGroupSingleDisruptionMode getSingle() {
    return single;
  }

  public A withSingle(V1alpha3WorkloadPodGroupSingleDisruptionMode single) {
    this.single = single;
    return self();
  }

  public boolean hasSingle() {
    return single != null;
  }

  public V1alpha3WorkloadPodGroupSingleDisruptionMode buildSingle() {
    return single;
  }

  public SingleNested withNewSingle() {
    return new SingleNested(null);
  }

  public SingleNested withNewSingleLike(V1alpha3WorkloadPodGroupSingleDisruptionMode item) {
    return new SingleNested(item);
  }

  public SingleNested editSingle() {
    return new SingleNested(single);
  }

  public SingleNested editOrNewSingle() {
    return new SingleNested(single != null ? single : new V1alpha3WorkloadPodGroupSingleDisruptionMode());
  }

  public SingleNested editOrNewSingleLike(V1alpha3WorkloadPodGroupSingleDisruptionMode item) {
    return new SingleNested(single != null ? single : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SingleNested extends V1alpha3WorkloadPodGroupSingleDisruptionModeFluent<SingleNested> {
    SingleNested(V1alpha3WorkloadPodGroupSingleDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1alpha3WorkloadPodGroupDisruptionModeFluent.this.withSingle(toModel());
    }

    public A endSingle() {
      return and();
    }
  }
}
