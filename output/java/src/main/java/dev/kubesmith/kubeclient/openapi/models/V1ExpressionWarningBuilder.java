package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ExpressionWarning}: {@code new V1ExpressionWarningBuilder().withX(...)...build()}. */
public class V1ExpressionWarningBuilder extends V1ExpressionWarningFluent<V1ExpressionWarningBuilder> {
  public V1ExpressionWarningBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ExpressionWarningBuilder(V1ExpressionWarning instance) {
    super(instance);
  }

  public V1ExpressionWarning build() {
    return toModel();
  }
}
