package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SuccessPolicyRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SuccessPolicyRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SuccessPolicyRuleFluent<A extends V1SuccessPolicyRuleFluent<A>> {
  private Integer succeededCount;
  private String succeededIndexes;

  public V1SuccessPolicyRuleFluent() {}

  public V1SuccessPolicyRuleFluent(V1SuccessPolicyRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SuccessPolicyRule instance) {
    if (instance != null) {
      this.succeededCount = instance.getSucceededCount();
      this.succeededIndexes = instance.getSucceededIndexes();
    }
  }

  /** A new {@link V1SuccessPolicyRule} holding what was set (lists and maps copied). */
  V1SuccessPolicyRule toModel() {
    V1SuccessPolicyRule o = new V1SuccessPolicyRule();
    o.setSucceededCount(succeededCount);
    o.setSucceededIndexes(succeededIndexes);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getSucceededCount() {
    return succeededCount;
  }

  public A withSucceededCount(Integer succeededCount) {
    this.succeededCount = succeededCount;
    return self();
  }

  public boolean hasSucceededCount() {
    return succeededCount != null;
  }

  public String getSucceededIndexes() {
    return succeededIndexes;
  }

  public A withSucceededIndexes(String succeededIndexes) {
    this.succeededIndexes = succeededIndexes;
    return self();
  }

  public boolean hasSucceededIndexes() {
    return succeededIndexes != null;
  }
}
