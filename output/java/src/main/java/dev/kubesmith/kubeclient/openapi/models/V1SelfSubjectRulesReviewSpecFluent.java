package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SelfSubjectRulesReviewSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SelfSubjectRulesReviewSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SelfSubjectRulesReviewSpecFluent<A extends V1SelfSubjectRulesReviewSpecFluent<A>> {
  private String namespace;

  public V1SelfSubjectRulesReviewSpecFluent() {}

  public V1SelfSubjectRulesReviewSpecFluent(V1SelfSubjectRulesReviewSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SelfSubjectRulesReviewSpec instance) {
    if (instance != null) {
      this.namespace = instance.getNamespace();
    }
  }

  /** A new {@link V1SelfSubjectRulesReviewSpec} holding what was set (lists and maps copied). */
  V1SelfSubjectRulesReviewSpec toModel() {
    V1SelfSubjectRulesReviewSpec o = new V1SelfSubjectRulesReviewSpec();
    o.setNamespace(namespace);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getNamespace() {
    return namespace;
  }

  public A withNamespace(String namespace) {
    this.namespace = namespace;
    return self();
  }

  public boolean hasNamespace() {
    return namespace != null;
  }
}
