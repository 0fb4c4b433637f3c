package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SubjectAccessReviewStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SubjectAccessReviewStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SubjectAccessReviewStatusFluent<A extends V1SubjectAccessReviewStatusFluent<A>> {
  private Boolean allowed;
  private Boolean denied;
  private String evaluationError;
  private String reason;

  public V1SubjectAccessReviewStatusFluent() {}

  public V1SubjectAccessReviewStatusFluent(V1SubjectAccessReviewStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SubjectAccessReviewStatus instance) {
    if (instance != null) {
      this.allowed = instance.getAllowed();
      this.denied = instance.getDenied();
      this.evaluationError = instance.getEvaluationError();
      this.reason = instance.getReason();
    }
  }

  /** A new {@link V1SubjectAccessReviewStatus} holding what was set (lists and maps copied). */
  V1SubjectAccessReviewStatus toModel() {
    V1SubjectAccessReviewStatus o = new V1SubjectAccessReviewStatus();
    o.setAllowed(allowed);
    o.setDenied(denied);
    o.setEvaluationError(evaluationError);
    o.setReason(reason);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getAllowed() {
    return allowed;
  }

  public A withAllowed(Boolean allowed) {
    this.allowed = allowed;
    return self();
  }

  public boolean hasAllowed() {
    return allowed != null;
  }

  public Boolean getDenied() {
    return denied;
  }

  public A withDenied(Boolean denied) {
    this.denied = denied;
    return self();
  }

  public boolean hasDenied() {
    return denied != null;
  }

  public String getEvaluationError() {
    return evaluationError;
  }

  public A withEvaluationError(String evaluationError) {
    this.evaluationError = evaluationError;
    return self();
  }

  public boolean hasEvaluationError() {
    return evaluationError != null;
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
