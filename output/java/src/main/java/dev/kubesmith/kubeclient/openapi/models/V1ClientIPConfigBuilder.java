package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ClientIPConfig}: {@code new V1ClientIPConfigBuilder().withX(...)...build()}. */
public class V1ClientIPConfigBuilder extends V1ClientIPConfigFluent<V1ClientIPConfigBuilder> {
  public V1ClientIPConfigBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ClientIPConfigBuilder(V1ClientIPConfig instance) {
    super(instance);
  }

  public V1ClientIPConfig build() {
    return toModel();
  }
}
