package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1MatchCondition}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1MatchConditionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1MatchConditionFluent<A extends V1MatchConditionFluent<A>> {
  private String expression;
  private String name;

  public V1MatchConditionFluent() {}

  public V1MatchConditionFluent(V1MatchCondition instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1MatchCondition instance) {
    if (instance != null) {
      this.expression = instance.getExpression();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1MatchCondition} holding what was set (lists and maps copied). */
  V1MatchCondition toModel() {
    V1MatchCondition o = new V1MatchCondition();
    o.setExpression(expression);
    o.setName(name);
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

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }
}
