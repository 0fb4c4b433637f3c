package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1NamedRuleWithOperations}: {@code new V1beta1NamedRuleWithOperationsBuilder().withX(...)...build()}. */
public class V1beta1NamedRuleWithOperationsBuilder extends V1beta1NamedRuleWithOperationsFluent<V1beta1NamedRuleWithOperationsBuilder> {
  public V1beta1NamedRuleWithOperationsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1NamedRuleWithOperationsBuilder(V1beta1NamedRuleWithOperations instance) {
    super(instance);
  }

  public V1beta1NamedRuleWithOperations build() {
    return toModel();
  }
}
