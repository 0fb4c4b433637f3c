package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Toleration}: {@code new V1TolerationBuilder().withX(...)...build()}. */
public class V1TolerationBuilder extends V1TolerationFluent<V1TolerationBuilder> {
  public V1TolerationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1TolerationBuilder(V1Toleration instance) {
    super(instance);
  }

  public V1Toleration build() {
    return toModel();
  }
}
