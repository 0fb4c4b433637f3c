package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1NamedRuleWithOperations}: {@code new V1alpha1NamedRuleWithOperationsBuilder().withX(...)...build()}. */
public class V1alpha1NamedRuleWithOperationsBuilder extends V1alpha1NamedRuleWithOperationsFluent<V1alpha1NamedRuleWithOperationsBuilder> {
  public V1alpha1NamedRuleWithOperationsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1NamedRuleWithOperationsBuilder(V1alpha1NamedRuleWithOperations instance) {
    super(instance);
  }

  public V1alpha1NamedRuleWithOperations build() {
    return toModel();
  }
}
