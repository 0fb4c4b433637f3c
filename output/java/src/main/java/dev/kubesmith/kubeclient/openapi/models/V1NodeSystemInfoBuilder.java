package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeSystemInfo}: {@code new V1NodeSystemInfoBuilder().withX(...)...build()}. */
public class V1NodeSystemInfoBuilder extends V1NodeSystemInfoFluent<V1NodeSystemInfoBuilder> {
  public V1NodeSystemInfoBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeSystemInfoBuilder(V1NodeSystemInfo instance) {
    super(instance);
  }

  public V1NodeSystemInfo build() {
    return toModel();
  }
}
