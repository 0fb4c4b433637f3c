package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1StorageHealthCondition}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StorageHealthConditionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StorageHealthConditionFluent<A extends V1StorageHealthConditionFluent<A>> {
  private String accessMode;
  private OffsetDateTime lastTransitionTime;
  private String message;
  private String reason;
  private String status;
  private String volumeMode;

  public V1StorageHealthConditionFluent() {}

  public V1StorageHealthConditionFluent(V1StorageHealthCondition instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StorageHealthCondition instance) {
    if (instance != null) {
      this.accessMode = instance.getAccessMode();
      this.lastTransitionTime = instance.getLastTransitionTime();
      this.message = instance.getMessage();
      this.reason = instance.getReason();
      this.status = instance.getStatus();
      this.volumeMode = instance.getVolumeMode();
    }
  }

  /** A new {@link V1StorageHealthCondition} holding what was set (lists and maps copied). */
  V1StorageHealthCondition toModel() {
    V1StorageHealthCondition o = new V1StorageHealthCondition();
    o.setAccessMode(accessMode);
    o.setLastTransitionTime(lastTransitionTime);
    o.setMessage(message);
    o.setReason(reason);
    o.setStatus(status);
    o.setVolumeMode(volumeMode);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAccessMode() {
    return accessMode;
  }

  public A withAccessMode(String accessMode) {
    this.accessMode = accessMode;
    return self();
  }

  public boolean hasAccessMode() {
    return accessMode != null;
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

  public String getVolumeMode() {
    return volumeMode;
  }

  public A withVolumeMode(String volumeMode) {
    this.volumeMode = volumeMode;
    return self();
  }

  public boolean hasVolumeMode() {
    return volumeMode != null;
  }
}
