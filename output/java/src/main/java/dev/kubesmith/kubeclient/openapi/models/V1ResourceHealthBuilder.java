package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceHealth}: {@code new V1ResourceHealthBuilder().withX(...)...build()}. */
public class V1ResourceHealthBuilder extends V1ResourceHealthFluent<V1ResourceHealthBuilder> {
  public V1ResourceHealthBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceHealthBuilder(V1ResourceHealth instance) {
    super(instance);
  }

  public V1ResourceHealth build() {
    return toModel();
  }
}
