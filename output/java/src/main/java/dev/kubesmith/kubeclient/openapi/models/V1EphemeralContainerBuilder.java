package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EphemeralContainer}: {@code new V1EphemeralContainerBuilder().withX(...)...build()}. */
public class V1EphemeralContainerBuilder extends V1EphemeralContainerFluent<V1EphemeralContainerBuilder> {
  public V1EphemeralContainerBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EphemeralContainerBuilder(V1EphemeralContainer instance) {
    super(instance);
  }

  public V1EphemeralContainer build() {
    return toModel();
  }
}
