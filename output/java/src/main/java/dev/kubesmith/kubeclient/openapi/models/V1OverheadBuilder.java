package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Overhead}: {@code new V1OverheadBuilder().withX(...)...build()}. */
public class V1OverheadBuilder extends V1OverheadFluent<V1OverheadBuilder> {
  public V1OverheadBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1OverheadBuilder(V1Overhead instance) {
    super(instance);
  }

  public V1Overhead build() {
    return toModel();
  }
}
