package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LabelSelectorAttributes}: {@code new V1LabelSelectorAttributesBuilder().withX(...)...build()}. */
public class V1LabelSelectorAttributesBuilder extends V1LabelSelectorAttributesFluent<V1LabelSelectorAttributesBuilder> {
  public V1LabelSelectorAttributesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LabelSelectorAttributesBuilder(V1LabelSelectorAttributes instance) {
    super(instance);
  }

  public V1LabelSelectorAttributes build() {
    return toModel();
  }
}
