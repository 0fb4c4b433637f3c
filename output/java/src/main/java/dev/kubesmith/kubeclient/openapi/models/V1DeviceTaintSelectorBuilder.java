package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceTaintSelector}: {@code new V1DeviceTaintSelectorBuilder().withX(...)...build()}. */
public class V1DeviceTaintSelectorBuilder extends V1DeviceTaintSelectorFluent<V1DeviceTaintSelectorBuilder> {
  public V1DeviceTaintSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceTaintSelectorBuilder(V1DeviceTaintSelector instance) {
    super(instance);
  }

  public V1DeviceTaintSelector build() {
    return toModel();
  }
}
