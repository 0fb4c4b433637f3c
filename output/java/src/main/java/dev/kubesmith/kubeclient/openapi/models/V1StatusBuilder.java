package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Status}: {@code new V1StatusBuilder().withX(...)...build()}. */
public class V1StatusBuilder extends V1StatusFluent<V1StatusBuilder> {
  public V1StatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatusBuilder(V1Status instance) {
    super(instance);
  }

  public V1Status build() {
    return toModel();
  }
}
