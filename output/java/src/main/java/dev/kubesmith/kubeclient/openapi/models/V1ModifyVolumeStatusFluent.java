package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ModifyVolumeStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ModifyVolumeStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ModifyVolumeStatusFluent<A extends V1ModifyVolumeStatusFluent<A>> {
  private String status;
  private String targetVolumeAttributesClassName;

  public V1ModifyVolumeStatusFluent() {}

  public V1ModifyVolumeStatusFluent(V1ModifyVolumeStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ModifyVolumeStatus instance) {
    if (instance != null) {
      this.status = instance.getStatus();
      this.targetVolumeAttributesClassName = instance.getTargetVolumeAttributesClassName();
    }
  }

  /** A new {@link V1ModifyVolumeStatus} holding what was set (lists and maps copied). */
  V1ModifyVolumeStatus toModel() {
    V1ModifyVolumeStatus o = new V1ModifyVolumeStatus();
    o.setStatus(status);
    o.setTargetVolumeAttributesClassName(targetVolumeAttributesClassName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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

  public String getTargetVolumeAttributesClassName() {
    return targetVolumeAttributesClassName;
  }

  public A withTargetVolumeAttributesClassName(String targetVolumeAttributesClassName) {
    this.targetVolumeAttributesClassName = targetVolumeAttributesClassName;
    return self();
  }

  public boolean hasTargetVolumeAttributesClassName() {
    return targetVolumeAttributesClassName != null;
  }
}
