package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroupSpec}: {@code new V1beta1PodGroupSpecBuilder().withX(...)...build()}. */
public class V1beta1PodGroupSpecBuilder extends V1beta1PodGroupSpecFluent<V1beta1PodGroupSpecBuilder> {
  public V1beta1PodGroupSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupSpecBuilder(V1beta1PodGroupSpec instance) {
    super(instance);
  }

  public V1beta1PodGroupSpec build() {
    return toModel();
  }
}
