package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3CompositeDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3CompositeDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3CompositeDisruptionModeFluent<A extends V1alpha3CompositeDisruptionModeFluent<A>> {
  private V1alpha3AllCompositeDisruptionMode all;
  private V1alpha3SingleCompositeDisruptionMode single;

  public V1alpha3CompositeDisruptionModeFluent() {}

  public V1alpha3CompositeDisruptionModeFluent(V1alpha3CompositeDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3CompositeDisruptionMode instance) {
    if (instance != null) {
      this.all = instance.getAll();
      this.single = instance.getSingle();
    }
  }

  /** A new {@link V1alpha3CompositeDisruptionMode} holding what was set (lists and maps copied). */
  V1alpha3CompositeDisruptionMode toModel() {
    V1alpha3CompositeDisruptionMode o = new V1alpha3CompositeDisruptionMode();
    o.setAll(all);
    o.setSingle(single);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha3AllCompositeDisruptionMode getAll() {
    return all;
  }

  public A withAll(V1alpha3AllCompositeDisruptionMode all) {
    this.all = all;
    return self();
  }

  public boolean hasAll() {
    return all != null;
  }

  public V1alpha3AllCompositeDisruptionMode buildAll() {
    return all;
  }

  public AllNested withNewAll() {
    return new AllNested(null);
  }

  public AllNested withNewAllLike(V1alpha3AllCompositeDisruptionMode item) {
    return new AllNested(item);
  }

  public AllNested editAll() {
    return new AllNested(all);
  }

  public AllNested editOrNewAll() {
    return new AllNested(all != null ? all : new V1alpha3AllCompositeDisruptionMode());
  }

  public AllNested editOrNewAllLike(V1alpha3AllCompositeDisruptionMode item) {
    return new AllNested(all != null ? all : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AllNested extends V1alpha3AllCompositeDisruptionModeFluent<AllNested> {
    AllNested(V1alpha3AllCompositeDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1alpha3CompositeDisruptionModeFluent.this.withAll(toModel());
    }

    public A endAll() {
      return and();
    }
  }

  public V1alpha3SingleCompositeDisruptionMode getSingle() {
    return single;
  }

  public A withSingle(V1alpha3SingleCompositeDisruptionMode single) {
    this.single = single;
    return self();
  }

  public boolean hasSingle() {
    return single != null;
  }

  public V1alpha3SingleCompositeDisruptionMode buildSingle() {
    return single;
  }

  public SingleNested withNewSingle() {
    return new SingleNested(null);
  }

  public SingleNested withNewSingleLike(V1alpha3SingleCompositeDisruptionMode item) {
    return new SingleNested(item);
  }

  public SingleNested editSingle() {
    return new SingleNested(single);
  }

  public SingleNested editOrNewSingle() {
    return new SingleNested(single != null ? single : new V1alpha3SingleCompositeDisruptionMode());
  }

  public SingleNested editOrNewSingleLike(V1alpha3SingleCompositeDisruptionMode item) {
    return new SingleNested(single != null ? single : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SingleNested extends V1alpha3SingleCompositeDisruptionModeFluent<SingleNested> {
    SingleNested(V1alpha3SingleCompositeDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1alpha3CompositeDisruptionModeFluent.this.withSingle(toModel());
    }

    public A endSingle() {
      return and();
    }
  }
}
