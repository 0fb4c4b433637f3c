package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PhotonPersistentDiskVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PhotonPersistentDiskVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PhotonPersistentDiskVolumeSourceFluent<A extends V1PhotonPersistentDiskVolumeSourceFluent<A>> {
  private String fsType;
  private String pdID;

  public V1PhotonPersistentDiskVolumeSourceFluent() {}

  public V1PhotonPersistentDiskVolumeSourceFluent(V1PhotonPersistentDiskVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PhotonPersistentDiskVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.pdID = instance.getPdID();
    }
  }

  /** A new {@link V1PhotonPersistentDiskVolumeSource} holding what was set (lists and maps copied). */
  V1PhotonPersistentDiskVolumeSource toModel() {
    V1PhotonPersistentDiskVolumeSource o = new V1PhotonPersistentDiskVolumeSource();
    o.setFsType(fsType);
    o.setPdID(pdID);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getFsType() {
    return fsType;
  }

  public A withFsType(String fsType) {
    this.fsType = fsType;
    return self();
  }

  public boolean hasFsType() {
    return fsType != null;
  }

  public String getPdID() {
    return pdID;
  }

  public A withPdID(String pdID) {
    this.pdID = pdID;
    return self();
  }

  public boolean hasPdID() {
    return pdID != null;
  }
}
