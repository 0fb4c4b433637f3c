package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CustomResourceSubresourceScale}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceSubresourceScaleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceSubresourceScaleFluent<A extends V1CustomResourceSubresourceScaleFluent<A>> {
  private String labelSelectorPath;
  private String specReplicasPath;
  private String statusReplicasPath;

  public V1CustomResourceSubresourceScaleFluent() {}

  public V1CustomResourceSubresourceScaleFluent(V1CustomResourceSubresourceScale instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceSubresourceScale instance) {
    if (instance != null) {
      this.labelSelectorPath = instance.getLabelSelectorPath();
      this.specReplicasPath = instance.getSpecReplicasPath();
      this.statusReplicasPath = instance.getStatusReplicasPath();
    }
  }

  /** A new {@link V1CustomResourceSubresourceScale} holding what was set (lists and maps copied). */
  V1CustomResourceSubresourceScale toModel() {
    V1CustomResourceSubresourceScale o = new V1CustomResourceSubresourceScale();
    o.setLabelSelectorPath(labelSelectorPath);
    o.setSpecReplicasPath(specReplicasPath);
    o.setStatusReplicasPath(statusReplicasPath);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getLabelSelectorPath() {
    return labelSelectorPath;
  }

  public A withLabelSelectorPath(String labelSelectorPath) {
    this.labelSelectorPath = labelSelectorPath;
    return self();
  }

  public boolean hasLabelSelectorPath() {
    return labelSelectorPath != null;
  }

  public String getSpecReplicasPath() {
    return specReplicasPath;
  }

  public A withSpecReplicasPath(String specReplicasPath) {
    this.specReplicasPath = specReplicasPath;
    return self();
  }

  public boolean hasSpecReplicasPath() {
    return specReplicasPath != null;
  }

  public String getStatusReplicasPath() {
    return statusReplicasPath;
  }

  public A withStatusReplicasPath(String statusReplicasPath) {
    this.statusReplicasPath = statusReplicasPath;
    return self();
  }

  public boolean hasStatusReplicasPath() {
    return statusReplicasPath != null;
  }
}
