package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeSwapStatus}: {@code new V1NodeSwapStatusBuilder().withX(...)...build()}. */
public class V1NodeSwapStatusBuilder extends V1NodeSwapStatusFluent<V1NodeSwapStatusBuilder> {
  public V1NodeSwapStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeSwapStatusBuilder(V1NodeSwapStatus instance) {
    super(instance);
  }

  public V1NodeSwapStatus build() {
    return toModel();
  }
}
