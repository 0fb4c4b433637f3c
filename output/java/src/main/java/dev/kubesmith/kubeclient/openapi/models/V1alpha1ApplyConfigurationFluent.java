package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1ApplyConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1ApplyConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1ApplyConfigurationFluent<A extends V1alpha1ApplyConfigurationFluent<A>> {
  private String expression;

  public V1alpha1ApplyConfigurationFluent() {}

  public V1alpha1ApplyConfigurationFluent(V1alpha1ApplyConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1ApplyConfiguration instance) {
    if (instance != null) {
      this.expression = instance.getExpression();
    }
  }

  /** A new {@link V1alpha1ApplyConfiguration} holding what was set (lists and maps copied). */
  V1alpha1ApplyConfiguration toModel() {
    V1alpha1ApplyConfiguration o = new V1alpha1ApplyConfiguration();
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
