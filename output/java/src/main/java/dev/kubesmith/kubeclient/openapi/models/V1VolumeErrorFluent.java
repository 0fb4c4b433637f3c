package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1VolumeError}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeErrorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeErrorFluent<A extends V1VolumeErrorFluent<A>> {
  private Integer errorCode;
  private String message;
  private OffsetDateTime time;

  public V1VolumeErrorFluent() {}

  public V1VolumeErrorFluent(V1VolumeError instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeError instance) {
    if (instance != null) {
      this.errorCode = instance.getErrorCode();
      this.message = instance.getMessage();
      this.time = instance.getTime();
    }
  }

  /** A new {@link V1VolumeError} holding what was set (lists and maps copied). */
  V1VolumeError toModel() {
    V1VolumeError o = new V1VolumeError();
    o.setErrorCode(errorCode);
    o.setMessage(message);
    o.setTime(time);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getErrorCode() {
    return errorCode;
  }

  public A withErrorCode(Integer errorCode) {
    this.errorCode = errorCode;
    return self();
  }

  public boolean hasErrorCode() {
    return errorCode != null;
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

  public OffsetDateTime getTime() {
    return time;
  }

  public A withTime(OffsetDateTime time) {
    this.time = time;
    return self();
  }

  public boolean hasTime() {
    return time != null;
  }
}
