package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1AuditAnnotation}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AuditAnnotationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AuditAnnotationFluent<A extends V1AuditAnnotationFluent<A>> {
  private String key;
  private String valueExpression;

  public V1AuditAnnotationFluent() {}

  public V1AuditAnnotationFluent(V1AuditAnnotation instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AuditAnnotation instance) {
    if (instance != null) {
      this.key = instance.getKey();
      this.valueExpression = instance.getValueExpression();
    }
  }

  /** A new {@link V1AuditAnnotation} holding what was set (lists and maps copied). */
  V1AuditAnnotation toModel() {
    V1AuditAnnotation o = new V1AuditAnnotation();
    o.setKey(key);
    o.setValueExpression(valueExpression);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getKey() {
    return key;
  }

  public A withKey(String key) {
    this.key = key;
    return self();
  }

  public boolean hasKey() {
    return key != null;
  }

  public String getValueExpression() {
    return valueExpression;
  }

  public A withValueExpression(String valueExpression) {
    this.valueExpression = valueExpression;
    return self();
  }

  public boolean hasValueExpression() {
    return valueExpression != null;
  }
}
