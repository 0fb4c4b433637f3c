package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LabelSelector}: {@code new V1LabelSelectorBuilder().withX(...)...build()}. */
public class V1LabelSelectorBuilder extends V1LabelSelectorFluent<V1LabelSelectorBuilder> {
  public V1LabelSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LabelSelectorBuilder(V1LabelSelector instance) {
    super(instance);
  }

  public V1LabelSelector build() {
    return toModel();
  }
}
