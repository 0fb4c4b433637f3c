package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RuleWithOperations}: {@code new V1RuleWithOperationsBuilder().withX(...)...build()}. */
public class V1RuleWithOperationsBuilder extends V1RuleWithOperationsFluent<V1RuleWithOperationsBuilder> {
  public V1RuleWithOperationsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RuleWithOperationsBuilder(V1RuleWithOperations instance) {
    super(instance);
  }

  public V1RuleWithOperations build() {
    return toModel();
  }
}
