package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1StatusCause}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StatusCauseBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StatusCauseFluent<A extends V1StatusCauseFluent<A>> {
  private String field;
  private String message;
  private String reason;

  public V1StatusCauseFluent() {}

  public V1StatusCauseFluent(V1StatusCause instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StatusCause instance) {
    if (instance != null) {
      this.field = instance.getField();
      this.message = instance.getMessage();
      this.reason = instance.getReason();
    }
  }

  /** A new {@link V1StatusCause} holding what was set (lists and maps copied). */
  V1StatusCause toModel() {
    V1StatusCause o = new V1StatusCause();
    o.setField(field);
    o.setMessage(message);
    o.setReason(reason);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getField() {
    return field;
  }

  public A withField(String field) {
    this.field = field;
    return self();
  }

  public boolean hasField() {
    return field != null;
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
