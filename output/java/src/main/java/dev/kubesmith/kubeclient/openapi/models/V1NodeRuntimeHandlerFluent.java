package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeRuntimeHandler}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeRuntimeHandlerBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeRuntimeHandlerFluent<A extends V1NodeRuntimeHandlerFluent<A>> {
  private V1NodeRuntimeHandlerFeatures features;
  private String name;

  public V1NodeRuntimeHandlerFluent() {}

  public V1NodeRuntimeHandlerFluent(V1NodeRuntimeHandler instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeRuntimeHandler instance) {
    if (instance != null) {
      this.features = instance.getFeatures();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1NodeRuntimeHandler} holding what was set (lists and maps copied). */
  V1NodeRuntimeHandler toModel() {
    V1NodeRuntimeHandler o = new V1NodeRuntimeHandler();
    o.setFeatures(features);
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1NodeRuntimeHandlerFeatures getFeatures() {
    return features;
  }

  public A withFeatures(V1NodeRuntimeHandlerFeatures features) {
    this.features = features;
    return self();
  }

  public boolean hasFeatures() {
    return features != null;
  }

  public V1NodeRuntimeHandlerFeatures buildFeatures() {
    return features;
  }

  public FeaturesNested withNewFeatures() {
    return new FeaturesNested(null);
  }

  public FeaturesNested withNewFeaturesLike(V1NodeRuntimeHandlerFeatures item) {
    return new FeaturesNested(item);
  }

  public FeaturesNested editFeatures() {
    return new FeaturesNested(features);
  }

  public FeaturesNested editOrNewFeatures() {
    return new FeaturesNested(features != null ? features : new V1NodeRuntimeHandlerFeatures());
  }

  public FeaturesNested editOrNewFeaturesLike(V1NodeRuntimeHandlerFeatures item) {
    return new FeaturesNested(features != null ? features : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FeaturesNested extends V1NodeRuntimeHandlerFeaturesFluent<FeaturesNested> {
    FeaturesNested(V1NodeRuntimeHandlerFeatures item) {
      super(item);
    }

    public A and() {
      return V1NodeRuntimeHandlerFluent.this.withFeatures(toModel());
    }

    public A endFeatures() {
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
}
