package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1MatchCondition}: {@code new V1alpha1MatchConditionBuilder().withX(...)...build()}. */
public class V1alpha1MatchConditionBuilder extends V1alpha1MatchConditionFluent<V1alpha1MatchConditionBuilder> {
  public V1alpha1MatchConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1MatchConditionBuilder(V1alpha1MatchCondition instance) {
    super(instance);
  }

  public V1alpha1MatchCondition build() {
    return toModel();
  }
}
