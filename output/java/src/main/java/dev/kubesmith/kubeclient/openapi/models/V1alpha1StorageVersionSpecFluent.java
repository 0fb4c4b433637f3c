package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1StorageVersionSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1StorageVersionSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1StorageVersionSpecFluent<A extends V1alpha1StorageVersionSpecFluent<A>> {

  public V1alpha1StorageVersionSpecFluent() {}

  public V1alpha1StorageVersionSpecFluent(V1alpha1StorageVersionSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1StorageVersionSpec instance) {
    if (instance != null) {
    }
  }

  /** A new {@link V1alpha1StorageVersionSpec} holding what was set (lists and maps copied). */
  V1alpha1StorageVersionSpec toModel() {
    V1alpha1StorageVersionSpec o = new V1alpha1StorageVersionSpec();
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }
}
