package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PersistentVolumeClaimVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PersistentVolumeClaimVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PersistentVolumeClaimVolumeSourceFluent<A extends V1PersistentVolumeClaimVolumeSourceFluent<A>> {
  private String claimName;
  private Boolean readOnly;

  public V1PersistentVolumeClaimVolumeSourceFluent() {}

  public V1PersistentVolumeClaimVolumeSourceFluent(V1PersistentVolumeClaimVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PersistentVolumeClaimVolumeSource instance) {
    if (instance != null) {
      this.claimName = instance.getClaimName();
      this.readOnly = instance.getReadOnly();
    }
  }

  /** A new {@link V1PersistentVolumeClaimVolumeSource} holding what was set (lists and maps copied). */
  V1PersistentVolumeClaimVolumeSource toModel() {
    V1PersistentVolumeClaimVolumeSource o = new V1PersistentVolumeClaimVolumeSource();
    o.setClaimName(claimName);
    o.setReadOnly(readOnly);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getClaimName() {
    return claimName;
  }

  public A withClaimName(String claimName) {
    this.claimName = claimName;
    return self();
  }

  public boolean hasClaimName() {
    return claimName != null;
  }

  public Boolean getReadOnly() {
    return readOnly;
  }

  public A withReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return self();
  }

  public boolean hasReadOnly() {
    return readOnly != null;
  }
}
