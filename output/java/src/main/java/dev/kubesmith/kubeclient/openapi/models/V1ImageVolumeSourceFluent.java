package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ImageVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ImageVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ImageVolumeSourceFluent<A extends V1ImageVolumeSourceFluent<A>> {
  private String pullPolicy;
  private String reference;

  public V1ImageVolumeSourceFluent() {}

  public V1ImageVolumeSourceFluent(V1ImageVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ImageVolumeSource instance) {
    if (instance != null) {
      this.pullPolicy = instance.getPullPolicy();
      this.reference = instance.getReference();
    }
  }

  /** A new {@link V1ImageVolumeSource} holding what was set (lists and maps copied). */
  V1ImageVolumeSource toModel() {
    V1ImageVolumeSource o = new V1ImageVolumeSource();
    o.setPullPolicy(pullPolicy);
    o.setReference(reference);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getPullPolicy() {
    return pullPolicy;
  }

  public A withPullPolicy(String pullPolicy) {
    this.pullPolicy = pullPolicy;
    return self();
  }

  public boolean hasPullPolicy() {
    return pullPolicy != null;
  }

  public String getReference() {
    return reference;
  }

  public A withReference(String reference) {
    this.reference = reference;
    return self();
  }

  public boolean hasReference() {
    return reference != null;
  }
}
