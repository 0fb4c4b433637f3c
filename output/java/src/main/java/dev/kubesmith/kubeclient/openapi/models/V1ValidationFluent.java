package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Validation}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ValidationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ValidationFluent<A extends V1ValidationFluent<A>> {
  private String expression;
  private String message;
  private String messageExpression;
  private String reason;

  public V1ValidationFluent() {}

  public V1ValidationFluent(V1Validation instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Validation instance) {
    if (instance != null) {
      this.expression = instance.getExpression();
      this.message = instance.getMessage();
      this.messageExpression = instance.getMessageExpression();
      this.reason = instance.getReason();
    }
  }

  /** A new {@link V1Validation} holding what was set (lists and maps copied). */
  V1Validation toModel() {
    V1Validation o = new V1Validation();
    o.setExpression(expression);
    o.setMessage(message);
    o.setMessageExpression(messageExpression);
    o.setReason(reason);
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

  public String getMessageExpression() {
    return messageExpression;
  }

  public A withMessageExpression(String messageExpression) {
    this.messageExpression = messageExpression;
    return self();
  }

  public boolean hasMessageExpression() {
    return messageExpression != null;
  }

  public String getReason() {
    return reason;
  }

  public A withReason(String reason) {
    this.reason = reason;
    return self();
  }

  public boolean hasReason() {
    return reason != null;
  }
}
