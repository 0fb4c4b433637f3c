package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3PodGroupSpec}: {@code new V1alpha3PodGroupSpecBuilder().withX(...)...build()}. */
public class V1alpha3PodGroupSpecBuilder extends V1alpha3PodGroupSpecFluent<V1alpha3PodGroupSpecBuilder> {
  public V1alpha3PodGroupSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3PodGroupSpecBuilder(V1alpha3PodGroupSpec instance) {
    super(instance);
  }

  public V1alpha3PodGroupSpec build() {
    return toModel();
  }
}
