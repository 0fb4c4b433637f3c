package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ComponentCondition}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ComponentConditionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ComponentConditionFluent<A extends V1ComponentConditionFluent<A>> {
  private String error;
  private String message;
  private String status;
  private String type;

  public V1ComponentConditionFluent() {}

  public V1ComponentConditionFluent(V1ComponentCondition instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ComponentCondition instance) {
    if (instance != null) {
      this.error = instance.getError();
      this.message = instance.getMessage();
      this.status = instance.getStatus();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1ComponentCondition} holding what was set (lists and maps copied). */
  V1ComponentCondition toModel() {
    V1ComponentCondition o = new V1ComponentCondition();
    o.setError(error);
    o.setMessage(message);
    o.setStatus(status);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getError() {
    return error;
  }

  public A withError(String error) {
    this.error = error;
    return self();
  }

  public boolean hasError() {
    return error != null;
  }

  public String getMessage() {
    return message;
  }

  public A withMessage(String message) {
    this.message = message;
    return self();
  }

  public boolean hasMessage() {
    return message != null;
  }

  public String getStatus() {
    return status;
  }

  public A withStatus(String status) {
    this.status = status;
    return self();
  }

  public boolean hasStatus() {
    return status != null;
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
