package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositePodGroupStatus}: {@code new V1alpha3CompositePodGroupStatusBuilder().withX(...)...build()}. */
public class V1alpha3CompositePodGroupStatusBuilder extends V1alpha3CompositePodGroupStatusFluent<V1alpha3CompositePodGroupStatusBuilder> {
  public V1alpha3CompositePodGroupStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositePodGroupStatusBuilder(V1alpha3CompositePodGroupStatus instance) {
    super(instance);
  }

  public V1alpha3CompositePodGroupStatus build() {
    return toModel();
  }
}
