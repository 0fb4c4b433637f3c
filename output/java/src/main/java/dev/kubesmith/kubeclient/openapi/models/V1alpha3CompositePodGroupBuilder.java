package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositePodGroup}: {@code new V1alpha3CompositePodGroupBuilder().withX(...)...build()}. */
public class V1alpha3CompositePodGroupBuilder extends V1alpha3CompositePodGroupFluent<V1alpha3CompositePodGroupBuilder> {
  public V1alpha3CompositePodGroupBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositePodGroupBuilder(V1alpha3CompositePodGroup instance) {
    super(instance);
  }

  public V1alpha3CompositePodGroup build() {
    return toModel();
  }
}
