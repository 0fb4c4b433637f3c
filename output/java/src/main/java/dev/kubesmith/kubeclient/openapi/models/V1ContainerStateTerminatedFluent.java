package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1ContainerStateTerminated}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerStateTerminatedBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerStateTerminatedFluent<A extends V1ContainerStateTerminatedFluent<A>> {
  private String containerID;
  private Integer exitCode;
  private OffsetDateTime finishedAt;
  private String message;
  private String reason;
  private Integer signal;
  private OffsetDateTime startedAt;

  public V1ContainerStateTerminatedFluent() {}

  public V1ContainerStateTerminatedFluent(V1ContainerStateTerminated instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerStateTerminated instance) {
    if (instance != null) {
      this.containerID = instance.getContainerID();
      this.exitCode = instance.getExitCode();
      this.finishedAt = instance.getFinishedAt();
      this.message = instance.getMessage();
      this.reason = instance.getReason();
      this.signal = instance.getSignal();
      this.startedAt = instance.getStartedAt();
    }
  }

  /** A new {@link V1ContainerStateTerminated} holding what was set (lists and maps copied). */
  V1ContainerStateTerminated toModel() {
    V1ContainerStateTerminated o = new V1ContainerStateTerminated();
    o.setContainerID(containerID);
    o.setExitCode(exitCode);
    o.setFinishedAt(finishedAt);
    o.setMessage(message);
    o.setReason(reason);
    o.setSignal(signal);
    o.setStartedAt(startedAt);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getContainerID() {
    return containerID;
  }

  public A withContainerID(String containerID) {
    this.containerID = containerID;
    return self();
  }

  public boolean hasContainerID() {
    return containerID != null;
  }

  public Integer getExitCode() {
    return exitCode;
  }

  public A withExitCode(Integer exitCode) {
    this.exitCode = exitCode;
    return self();
  }

  public boolean hasExitCode() {
    return exitCode != null;
  }

  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public A withFinishedAt(OffsetDateTime finishedAt) {
    this.finishedAt = finishedAt;
    return self();
  }

  public boolean hasFinishedAt() {
    return finishedAt != null;
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

  public Integer getSignal() {
    return signal;
  }

  public A withSignal(Integer signal) {
    this.signal = signal;
    return self();
  }

  public boolean hasSignal() {
    return signal != null;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public A withStartedAt(OffsetDateTime startedAt) {
    this.startedAt = startedAt;
    return self();
  }

  public boolean hasStartedAt() {
    return startedAt != null;
  }
}
