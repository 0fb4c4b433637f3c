package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1WorkloadReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1WorkloadReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1WorkloadReferenceFluent<A extends V1beta1WorkloadReferenceFluent<A>> {
  private String templateName;
  private String workloadName;

  public V1beta1WorkloadReferenceFluent() {}

  public V1beta1WorkloadReferenceFluent(V1beta1WorkloadReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1WorkloadReference instance) {
    if (instance != null) {
      this.templateName = instance.getTemplateName();
      this.workloadName = instance.getWorkloadName();
    }
  }

  /** A new {@link V1beta1WorkloadReference} holding what was set (lists and maps copied). */
  V1beta1WorkloadReference toModel() {
    V1beta1WorkloadReference o = new V1beta1WorkloadReference();
    o.setTemplateName(templateName);
    o.setWorkloadName(workloadName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getTemplateName() {
    return templateName;
  }

  public A withTemplateName(String templateName) {
    this.templateName = templateName;
    return self();
  }

  public boolean hasTemplateName() {
    return templateName != null;
  }

  public String getWorkloadName() {
    return workloadName;
  }

  public A withWorkloadName(String workloadName) {
    this.workloadName = workloadName;
    return self();
  }

  public boolean hasWorkloadName() {
    return workloadName != null;
  }
}
