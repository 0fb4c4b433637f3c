package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeHealthCondition}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeHealthConditionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeHealthConditionFluent<A extends V1VolumeHealthConditionFluent<A>> {
  private String message;
  private String reason;
  private String status;

  public V1VolumeHealthConditionFluent() {}

  public V1VolumeHealthConditionFluent(V1VolumeHealthCondition instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeHealthCondition instance) {
    if (instance != null) {
      this.message = instance.getMessage();
      this.reason = instance.getReason();
      this.status = instance.getStatus();
    }
  }

  /** A new {@link V1VolumeHealthCondition} holding what was set (lists and maps copied). */
  V1VolumeHealthCondition toModel() {
    V1VolumeHealthCondition o = new V1VolumeHealthCondition();
    o.setMessage(message);
    o.setReason(reason);
    o.setStatus(status);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
}
