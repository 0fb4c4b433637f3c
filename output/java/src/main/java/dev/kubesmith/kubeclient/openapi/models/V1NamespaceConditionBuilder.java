package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NamespaceCondition}: {@code new V1NamespaceConditionBuilder().withX(...)...build()}. */
public class V1NamespaceConditionBuilder extends V1NamespaceConditionFluent<V1NamespaceConditionBuilder> {
  public V1NamespaceConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NamespaceConditionBuilder(V1NamespaceCondition instance) {
    super(instance);
  }

  public V1NamespaceCondition build() {
    return toModel();
  }
}
