package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ContainerStateWaiting}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerStateWaitingBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerStateWaitingFluent<A extends V1ContainerStateWaitingFluent<A>> {
  private String message;
  private String reason;

  public V1ContainerStateWaitingFluent() {}

  public V1ContainerStateWaitingFluent(V1ContainerStateWaiting instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerStateWaiting instance) {
    if (instance != null) {
      this.message = instance.getMessage();
      this.reason = instance.getReason();
    }
  }

  /** A new {@link V1ContainerStateWaiting} holding what was set (lists and maps copied). */
  V1ContainerStateWaiting toModel() {
    V1ContainerStateWaiting o = new V1ContainerStateWaiting();
    o.setMessage(message);
    o.setReason(reason);
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
}
