package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1CompositeDisruptionMode}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1CompositeDisruptionModeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1CompositeDisruptionModeFluent<A extends V1beta1CompositeDisruptionModeFluent<A>> {
  private V1beta1AllCompositeDisruptionMode all;
  private V1beta1SingleCompositeDisruptionMode single;

  public V1beta1CompositeDisruptionModeFluent() {}

  public V1beta1CompositeDisruptionModeFluent(V1beta1CompositeDisruptionMode instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1CompositeDisruptionMode instance) {
    if (instance != null) {
      this.all = instance.getAll();
      this.single = instance.getSingle();
    }
  }

  /** A new {@link V1beta1CompositeDisruptionMode} holding what was set (lists and maps copied). */
  V1beta1CompositeDisruptionMode toModel() {
    V1beta1CompositeDisruptionMode o = new V1beta1CompositeDisruptionMode();
    o.setAll(all);
    o.setSingle(single);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1beta1AllCompositeDisruptionMode getAll() {
    return all;
  }

  public A withAll(V1beta1AllCompositeDisruptionMode all) {
    this.all = all;
    return self();
  }

  public boolean hasAll() {
    return all != null;
  }

  public V1beta1AllCompositeDisruptionMode buildAll() {
    return all;
  }

  public AllNested withNewAll() {
    return new AllNested(null);
  }

  public AllNested withNewAllLike(V1beta1AllCompositeDisruptionMode item) {
    return new AllNested(item);
  }

  public AllNested editAll() {
    return new AllNested(all);
  }

  public AllNested editOrNewAll() {
    return new AllNested(all != null ? all : new V1beta1AllCompositeDisruptionMode());
  }

  public AllNested editOrNewAllLike(V1beta1AllCompositeDisruptionMode item) {
    return new AllNested(all != null ? all : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AllNested extends V1beta1AllCompositeDisruptionModeFluent<AllNested> {
    AllNested(V1beta1AllCompositeDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1beta1CompositeDisruptionModeFluent.this.withAll(toModel());
    }

    public A endAll() {
      return and();
    }
  }

  public V1beta1SingleCompositeDisruptionMode getSingle() {
    return single;
  }

  public A withSingle(V1beta1SingleCompositeDisruptionMode single) {
    this.single = single;
    return self();
  }

  public boolean hasSingle() {
    return single != null;
  }

  public V1beta1SingleCompositeDisruptionMode buildSingle() {
    return single;
  }

  public SingleNested withNewSingle() {
    return new SingleNested(null);
  }

  public SingleNested withNewSingleLike(V1beta1SingleCompositeDisruptionMode item) {
    return new SingleNested(item);
  }

  public SingleNested editSingle() {
    return new SingleNested(single);
  }

  public SingleNested editOrNewSingle() {
    return new SingleNested(single != null ? single : new V1beta1SingleCompositeDisruptionMode());
  }

  public SingleNested editOrNewSingleLike(V1beta1SingleCompositeDisruptionMode item) {
    return new SingleNested(single != null ? single : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SingleNested extends V1beta1SingleCompositeDisruptionModeFluent<SingleNested> {
    SingleNested(V1beta1SingleCompositeDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1beta1CompositeDisruptionModeFluent.this.withSingle(toModel());
    }

    public A endSingle() {
      return and();
    }
  }
}
