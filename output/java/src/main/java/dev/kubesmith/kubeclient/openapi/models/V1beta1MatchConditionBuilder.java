package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1MatchCondition}: {@code new V1beta1MatchConditionBuilder().withX(...)...build()}. */
public class V1beta1MatchConditionBuilder extends V1beta1MatchConditionFluent<V1beta1MatchConditionBuilder> {
  public V1beta1MatchConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1MatchConditionBuilder(V1beta1MatchCondition instance) {
    super(instance);
  }

  public V1beta1MatchCondition build() {
    return toModel();
  }
}
