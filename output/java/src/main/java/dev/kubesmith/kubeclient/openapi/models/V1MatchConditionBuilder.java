package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MatchCondition}: {@code new V1MatchConditionBuilder().withX(...)...build()}. */
public class V1MatchConditionBuilder extends V1MatchConditionFluent<V1MatchConditionBuilder> {
  public V1MatchConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MatchConditionBuilder(V1MatchCondition instance) {
    super(instance);
  }

  public V1MatchCondition build() {
    return toModel();
  }
}
