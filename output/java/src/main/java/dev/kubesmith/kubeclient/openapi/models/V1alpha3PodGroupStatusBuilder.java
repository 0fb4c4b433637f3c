package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroupStatus}: {@code new V1alpha3PodGroupStatusBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupStatusBuilder extends V1alpha3PodGroupStatusFluent<V1alpha3PodGroupStatusBuilder> {
  public V1alpha3PodGroupStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupStatusBuilder(V1alpha3PodGroupStatus instance) {
    super(instance);
  }

  public V1alpha3PodGroupStatus build() {
    return toModel();
  }
}
