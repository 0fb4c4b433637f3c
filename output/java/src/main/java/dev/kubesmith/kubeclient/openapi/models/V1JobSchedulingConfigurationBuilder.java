package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1JobSchedulingConfiguration}: {@code new V1JobSchedulingConfigurationBuilder().withX(...)...build()}. */
public class V1JobSchedulingConfigurationBuilder extends V1JobSchedulingConfigurationFluent<V1JobSchedulingConfigurationBuilder> {
  public V1JobSchedulingConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JobSchedulingConfigurationBuilder(V1JobSchedulingConfiguration instance) {
    super(instance);
  }

  public V1JobSchedulingConfiguration build() {
    return toModel();
  }
}
