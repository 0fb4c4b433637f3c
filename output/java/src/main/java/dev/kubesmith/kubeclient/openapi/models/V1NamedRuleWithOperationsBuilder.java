package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NamedRuleWithOperations}: {@code new V1NamedRuleWithOperationsBuilder().withX(...)...build()}. */
public class V1NamedRuleWithOperationsBuilder extends V1NamedRuleWithOperationsFluent<V1NamedRuleWithOperationsBuilder> {
  public V1NamedRuleWithOperationsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NamedRuleWithOperationsBuilder(V1NamedRuleWithOperations instance) {
    super(instance);
  }

  public V1NamedRuleWithOperations build() {
    return toModel();
  }
}
