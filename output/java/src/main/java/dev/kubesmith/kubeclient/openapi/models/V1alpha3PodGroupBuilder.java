package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroup}: {@code new V1alpha3PodGroupBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupBuilder extends V1alpha3PodGroupFluent<V1alpha3PodGroupBuilder> {
  public V1alpha3PodGroupBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupBuilder(V1alpha3PodGroup instance) {
    super(instance);
  }

  public V1alpha3PodGroup build() {
    return toModel();
  }
}
