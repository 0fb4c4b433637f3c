package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta2DeviceDerivedAttribute}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2DeviceDerivedAttributeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2DeviceDerivedAttributeFluent<A extends V1beta2DeviceDerivedAttributeFluent<A>> {
  private String expression;
  private String name;

  public V1beta2DeviceDerivedAttributeFluent() {}

  public V1beta2DeviceDerivedAttributeFluent(V1beta2DeviceDerivedAttribute instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2DeviceDerivedAttribute instance) {
    if (instance != null) {
      this.expression = instance.getExpression();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1beta2DeviceDerivedAttribute} holding what was set (lists and maps copied). */
  V1beta2DeviceDerivedAttribute toModel() {
    V1beta2DeviceDerivedAttribute o = new V1beta2DeviceDerivedAttribute();
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
