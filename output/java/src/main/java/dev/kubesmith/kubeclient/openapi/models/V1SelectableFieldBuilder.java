package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SelectableField}: {@code new V1SelectableFieldBuilder().withX(...)...build()}. */
public class V1SelectableFieldBuilder extends V1SelectableFieldFluent<V1SelectableFieldBuilder> {
  public V1SelectableFieldBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SelectableFieldBuilder(V1SelectableField instance) {
    super(instance);
  }

  public V1SelectableField build() {
    return toModel();
  }
}
