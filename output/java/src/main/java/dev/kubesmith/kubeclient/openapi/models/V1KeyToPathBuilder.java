package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1KeyToPath}: {@code new V1KeyToPathBuilder().withX(...)...build()}. */
public class V1KeyToPathBuilder extends V1KeyToPathFluent<V1KeyToPathBuilder> {
  public V1KeyToPathBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1KeyToPathBuilder(V1KeyToPath instance) {
    super(instance);
  }

  public V1KeyToPath build() {
    return toModel();
  }
}
