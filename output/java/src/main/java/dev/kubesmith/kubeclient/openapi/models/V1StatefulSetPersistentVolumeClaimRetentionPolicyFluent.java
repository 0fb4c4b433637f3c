package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1StatefulSetPersistentVolumeClaimRetentionPolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StatefulSetPersistentVolumeClaimRetentionPolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StatefulSetPersistentVolumeClaimRetentionPolicyFluent<A extends V1StatefulSetPersistentVolumeClaimRetentionPolicyFluent<A>> {
  private String whenDeleted;
  private String whenScaled;

  public V1StatefulSetPersistentVolumeClaimRetentionPolicyFluent() {}

  public V1StatefulSetPersistentVolumeClaimRetentionPolicyFluent(V1StatefulSetPersistentVolumeClaimRetentionPolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StatefulSetPersistentVolumeClaimRetentionPolicy instance) {
    if (instance != null) {
      this.whenDeleted = instance.getWhenDeleted();
      this.whenScaled = instance.getWhenScaled();
    }
  }

  /** A new {@link V1StatefulSetPersistentVolumeClaimRetentionPolicy} holding what was set (lists and maps copied). */
  V1StatefulSetPersistentVolumeClaimRetentionPolicy toModel() {
    V1StatefulSetPersistentVolumeClaimRetentionPolicy o = new V1StatefulSetPersistentVolumeClaimRetentionPolicy();
    o.setWhenDeleted(whenDeleted);
    o.setWhenScaled(whenScaled);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getWhenDeleted() {
    return whenDeleted;
  }

  public A withWhenDeleted(String whenDeleted) {
    this.whenDeleted = whenDeleted;
    return self();
  }

  public boolean hasWhenDeleted() {
    return whenDeleted != null;
  }

  public String getWhenScaled() {
    return whenScaled;
  }

  public A withWhenScaled(String whenScaled) {
    this.whenScaled = whenScaled;
    return self();
  }

  public boolean hasWhenScaled() {
    return whenScaled != null;
  }
}
