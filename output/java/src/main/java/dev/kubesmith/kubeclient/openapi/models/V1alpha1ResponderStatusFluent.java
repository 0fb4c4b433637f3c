package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1alpha1ResponderStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1ResponderStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1ResponderStatusFluent<A extends V1alpha1ResponderStatusFluent<A>> {
  private OffsetDateTime completionTime;
  private OffsetDateTime expectedCompletionTime;
  private OffsetDateTime heartbeatTime;
  private String message;
  private String name;
  private OffsetDateTime startTime;

  public V1alpha1ResponderStatusFluent() {}

  public V1alpha1ResponderStatusFluent(V1alpha1ResponderStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1ResponderStatus instance) {
    if (instance != null) {
      this.completionTime = instance.getCompletionTime();
      this.expectedCompletionTime = instance.getExpectedCompletionTime();
      this.heartbeatTime = instance.getHeartbeatTime();
      this.message = instance.getMessage();
      this.name = instance.getName();
      this.startTime = instance.getStartTime();
    }
  }

  /** A new {@link V1alpha1ResponderStatus} holding what was set (lists and maps copied). */
  V1alpha1ResponderStatus toModel() {
    V1alpha1ResponderStatus o = new V1alpha1ResponderStatus();
    o.setCompletionTime(completionTime);
    o.setExpectedCompletionTime(expectedCompletionTime);
    o.setHeartbeatTime(heartbeatTime);
    o.setMessage(message);
    o.setName(name);
    o.setStartTime(startTime);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public OffsetDateTime getCompletionTime() {
    return completionTime;
  }

  public A withCompletionTime(OffsetDateTime completionTime) {
    this.completionTime = completionTime;
    return self();
  }

  public boolean hasCompletionTime() {
    return completionTime != null;
  }

  public OffsetDateTime getExpectedCompletionTime() {
    return expectedCompletionTime;
  }

  public A withExpectedCompletionTime(OffsetDateTime expectedCompletionTime) {
    this.expectedCompletionTime = expectedCompletionTime;
    return self();
  }

  public boolean hasExpectedCompletionTime() {
    return expectedCompletionTime != null;
  }

  public OffsetDateTime getHeartbeatTime() {
    return heartbeatTime;
  }

  public A withHeartbeatTime(OffsetDateTime heartbeatTime) {
    this.heartbeatTime = heartbeatTime;
    return self();
  }

  public boolean hasHeartbeatTime() {
    return heartbeatTime != null;
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

  public OffsetDateTime getStartTime() {
    return startTime;
  }

  public A withStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
    return self();
  }

  public boolean hasStartTime() {
    return startTime != null;
  }
}
