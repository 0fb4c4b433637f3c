package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1PersistentVolumeStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PersistentVolumeStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PersistentVolumeStatusFluent<A extends V1PersistentVolumeStatusFluent<A>> {
  private OffsetDateTime lastPhaseTransitionTime;
  private String message;
  private String phase;
  private String reason;

  public V1PersistentVolumeStatusFluent() {}

  public V1PersistentVolumeStatusFluent(V1PersistentVolumeStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PersistentVolumeStatus instance) {
    if (instance != null) {
      this.lastPhaseTransitionTime = instance.getLastPhaseTransitionTime();
      this.message = instance.getMessage();
      this.phase = instance.getPhase();
      this.reason = instance.getReason();
    }
  }

  /** A new {@link V1PersistentVolumeStatus} holding what was set (lists and maps copied). */
  V1PersistentVolumeStatus toModel() {
    V1PersistentVolumeStatus o = new V1PersistentVolumeStatus();
    o.setLastPhaseTransitionTime(lastPhaseTransitionTime);
    o.setMessage(message);
    o.setPhase(phase);
    o.setReason(reason);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public OffsetDateTime getLastPhaseTransitionTime() {
    return lastPhaseTransitionTime;
  }

  public A withLastPhaseTransitionTime(OffsetDateTime lastPhaseTransitionTime) {
    this.lastPhaseTransitionTime = lastPhaseTransitionTime;
    return self();
  }

  public boolean hasLastPhaseTransitionTime() {
    return lastPhaseTransitionTime != null;
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

  public String getPhase() {
    return phase;
  }

  public A withPhase(String phase) {
    this.phase = phase;
    return self();
  }

  public boolean hasPhase() {
    return phase != null;
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
