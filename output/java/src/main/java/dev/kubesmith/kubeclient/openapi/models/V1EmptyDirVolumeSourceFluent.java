package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1EmptyDirVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EmptyDirVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EmptyDirVolumeSourceFluent<A extends V1EmptyDirVolumeSourceFluent<A>> {
  private String medium;
  private Integer mode;
  private Quantity sizeLimit;

  public V1EmptyDirVolumeSourceFluent() {}

  public V1EmptyDirVolumeSourceFluent(V1EmptyDirVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EmptyDirVolumeSource instance) {
    if (instance != null) {
      this.medium = instance.getMedium();
      this.mode = instance.getMode();
      this.sizeLimit = instance.getSizeLimit();
    }
  }

  /** A new {@link V1EmptyDirVolumeSource} holding what was set (lists and maps copied). */
  V1EmptyDirVolumeSource toModel() {
    V1EmptyDirVolumeSource o = new V1EmptyDirVolumeSource();
    o.setMedium(medium);
    o.setMode(mode);
    o.setSizeLimit(sizeLimit);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getMedium() {
    return medium;
  }

  public A withMedium(String medium) {
    this.medium = medium;
    return self();
  }

  public boolean hasMedium() {
    return medium != null;
  }

  public Integer getMode() {
    return mode;
  }

  public A withMode(Integer mode) {
    this.mode = mode;
    return self();
  }

  public boolean hasMode() {
    return mode != null;
  }

  public Quantity getSizeLimit() {
    return sizeLimit;
  }

  public A withSizeLimit(Quantity sizeLimit) {
    this.sizeLimit = sizeLimit;
    return self();
  }

  public boolean hasSizeLimit() {
    return sizeLimit != null;
  }
}
