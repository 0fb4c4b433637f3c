package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ExpressionWarning}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ExpressionWarningBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ExpressionWarningFluent<A extends V1ExpressionWarningFluent<A>> {
  private String fieldRef;
  private String warning;

  public V1ExpressionWarningFluent() {}

  public V1ExpressionWarningFluent(V1ExpressionWarning instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ExpressionWarning instance) {
    if (instance != null) {
      this.fieldRef = instance.getFieldRef();
      this.warning = instance.getWarning();
    }
  }

  /** A new {@link V1ExpressionWarning} holding what was set (lists and maps copied). */
  V1ExpressionWarning toModel() {
    V1ExpressionWarning o = new V1ExpressionWarning();
    o.setFieldRef(fieldRef);
    o.setWarning(warning);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getFieldRef() {
    return fieldRef;
  }

  public A withFieldRef(String fieldRef) {
    this.fieldRef = fieldRef;
    return self();
  }

  public boolean hasFieldRef() {
    return fieldRef != null;
  }

  public String getWarning() {
    return warning;
  }

  public A withWarning(String warning) {
    this.warning = warning;
    return self();
  }

  public boolean hasWarning() {
    return warning != null;
  }
}
