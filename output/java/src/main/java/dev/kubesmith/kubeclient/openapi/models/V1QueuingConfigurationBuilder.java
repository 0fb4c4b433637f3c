package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1QueuingConfiguration}: {@code new V1QueuingConfigurationBuilder().withX(...)...build()}. */
public class V1QueuingConfigurationBuilder extends V1QueuingConfigurationFluent<V1QueuingConfigurationBuilder> {
  public V1QueuingConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1QueuingConfigurationBuilder(V1QueuingConfiguration instance) {
    super(instance);
  }

  public V1QueuingConfiguration build() {
    return toModel();
  }
}
