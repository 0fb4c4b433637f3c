package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIService}: {@code new V1APIServiceBuilder().withX(...)...build()}. */
public class V1APIServiceBuilder extends V1APIServiceFluent<V1APIServiceBuilder> {
  public V1APIServiceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIServiceBuilder(V1APIService instance) {
    super(instance);
  }

  public V1APIService build() {
    return toModel();
  }
}
