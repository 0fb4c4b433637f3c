package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3CompositePodGroupSpec}: {@code new V1alpha3CompositePodGroupSpecBuilder().withX(...)...build()}. */
public class V1alpha3CompositePodGroupSpecBuilder extends V1alpha3CompositePodGroupSpecFluent<V1alpha3CompositePodGroupSpecBuilder> {
  public V1alpha3CompositePodGroupSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3CompositePodGroupSpecBuilder(V1alpha3CompositePodGroupSpec instance) {
    super(instance);
  }

  public V1alpha3CompositePodGroupSpec build() {
    return toModel();
  }
}
