package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeNodeAffinity}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeNodeAffinityBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeNodeAffinityFluent<A extends V1VolumeNodeAffinityFluent<A>> {
  private V1NodeSelector required;

  public V1VolumeNodeAffinityFluent() {}

  public V1VolumeNodeAffinityFluent(V1VolumeNodeAffinity instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeNodeAffinity instance) {
    if (instance != null) {
      this.required = instance.getRequired();
    }
  }

  /** A new {@link V1VolumeNodeAffinity} holding what was set (lists and maps copied). */
  V1VolumeNodeAffinity toModel() {
    V1VolumeNodeAffinity o = new V1VolumeNodeAffinity();
    o.setRequired(required);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1NodeSelector getRequired() {
    return required;
  }

  public A withRequired(V1NodeSelector required) {
    this.required = required;
    return self();
  }

  public boolean hasRequired() {
    return required != null;
  }

  public V1NodeSelector buildRequired() {
    return required;
  }

  public RequiredNested withNewRequired() {
    return new RequiredNested(null);
  }

  public RequiredNested withNewRequiredLike(V1NodeSelector item) {
    return new RequiredNested(item);
  }

  public RequiredNested editRequired() {
    return new RequiredNested(required);
  }

  public RequiredNested editOrNewRequired() {
    return new RequiredNested(required != null ? required : new V1NodeSelector());
  }

  public RequiredNested editOrNewRequiredLike(V1NodeSelector item) {
    return new RequiredNested(required != null ? required : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RequiredNested extends V1NodeSelectorFluent<RequiredNested> {
    RequiredNested(V1NodeSelector item) {
      super(item);
    }

    public A and() {
      return V1VolumeNodeAffinityFluent.this.withRequired(toModel());
    }

    public A endRequired() {
      return and();
    }
  }
}
