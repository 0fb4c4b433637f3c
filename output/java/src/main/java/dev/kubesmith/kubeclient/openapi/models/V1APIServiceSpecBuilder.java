package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIServiceSpec}: {@code new V1APIServiceSpecBuilder().withX(...)...build()}. */
public class V1APIServiceSpecBuilder extends V1APIServiceSpecFluent<V1APIServiceSpecBuilder> {
  public V1APIServiceSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIServiceSpecBuilder(V1APIServiceSpec instance) {
    super(instance);
  }

  public V1APIServiceSpec build() {
    return toModel();
  }
}
