package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ValidationRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ValidationRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ValidationRuleFluent<A extends V1ValidationRuleFluent<A>> {
  private String fieldPath;
  private String message;
  private String messageExpression;
  private Boolean optionalOldSelf;
  private String reason;
  private String rule;

  public V1ValidationRuleFluent() {}

  public V1ValidationRuleFluent(V1ValidationRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ValidationRule instance) {
    if (instance != null) {
      this.fieldPath = instance.getFieldPath();
      this.message = instance.getMessage();
      this.messageExpression = instance.getMessageExpression();
      this.optionalOldSelf = instance.getOptionalOldSelf();
      this.reason = instance.getReason();
      this.rule = instance.getRule();
    }
  }

  /** A new {@link V1ValidationRule} holding what was set (lists and maps copied). */
  V1ValidationRule toModel() {
    V1ValidationRule o = new V1ValidationRule();
    o.setFieldPath(fieldPath);
    o.setMessage(message);
    o.setMessageExpression(messageExpression);
    o.setOptionalOldSelf(optionalOldSelf);
    o.setReason(reason);
    o.setRule(rule);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getFieldPath() {
    return fieldPath;
  }

  public A withFieldPath(String fieldPath) {
    this.fieldPath = fieldPath;
    return self();
  }

  public boolean hasFieldPath() {
    return fieldPath != null;
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

  public Boolean getOptionalOldSelf() {
    return optionalOldSelf;
  }

  public A withOptionalOldSelf(Boolean optionalOldSelf) {
    this.optionalOldSelf = optionalOldSelf;
    return self();
  }

  public boolean hasOptionalOldSelf() {
    return optionalOldSelf != null;
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

  public String getRule() {
    return rule;
  }

  public A withRule(String rule) {
    this.rule = rule;
    return self();
  }

  public boolean hasRule() {
    return rule != null;
  }
}
