package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ResourceFieldSelector}: {@code new V1ResourceFieldSelectorBuilder().withX(...)...build()}. */
public class V1ResourceFieldSelectorBuilder extends V1ResourceFieldSelectorFluent<V1ResourceFieldSelectorBuilder> {
  public V1ResourceFieldSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ResourceFieldSelectorBuilder(V1ResourceFieldSelector instance) {
    super(instance);
  }

  public V1ResourceFieldSelector build() {
    return toModel();
  }
}
