package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1Condition}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ConditionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ConditionFluent<A extends V1ConditionFluent<A>> {
  private OffsetDateTime lastTransitionTime;
  private String message;
  private Long observedGeneration;
  private String reason;
  private String status;
  private String type;

  public V1ConditionFluent() {}

  public V1ConditionFluent(V1Condition instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Condition instance) {
    if (instance != null) {
      this.lastTransitionTime = instance.getLastTransitionTime();
      this.message = instance.getMessage();
      this.observedGeneration = instance.getObservedGeneration();
      this.reason = instance.getReason();
      this.status = instance.getStatus();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1Condition} holding what was set (lists and maps copied). */
  V1Condition toModel() {
    V1Condition o = new V1Condition();
    o.setLastTransitionTime(lastTransitionTime);
    o.setMessage(message);
    o.setObservedGeneration(observedGeneration);
    o.setReason(reason);
    o.setStatus(status);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  public A withLastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return self();
  }

  public boolean hasLastTransitionTime() {
    return lastTransitionTime != null;
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

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public A withObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return self();
  }

  public boolean hasObservedGeneration() {
    return observedGeneration != null;
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
