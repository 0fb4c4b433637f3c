package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1JSONPatch}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1JSONPatchBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1JSONPatchFluent<A extends V1beta1JSONPatchFluent<A>> {
  private String expression;

  public V1beta1JSONPatchFluent() {}

  public V1beta1JSONPatchFluent(V1beta1JSONPatch instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1JSONPatch instance) {
    if (instance != null) {
      this.expression = instance.getExpression();
    }
  }

  /** A new {@link V1beta1JSONPatch} holding what was set (lists and maps copied). */
  V1beta1JSONPatch toModel() {
    V1beta1JSONPatch o = new V1beta1JSONPatch();
    o.setExpression(expression);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getExpression() {
    return expression;
  }

  public A withExpression(String expression) {
    this.expression = expression;
    return self();
  }

  public boolean hasExpression() {
    return expression != null;
  }
}
