package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VsphereVirtualDiskVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VsphereVirtualDiskVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VsphereVirtualDiskVolumeSourceFluent<A extends V1VsphereVirtualDiskVolumeSourceFluent<A>> {
  private String fsType;
  private String storagePolicyID;
  private String storagePolicyName;
  private String volumePath;

  public V1VsphereVirtualDiskVolumeSourceFluent() {}

  public V1VsphereVirtualDiskVolumeSourceFluent(V1VsphereVirtualDiskVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VsphereVirtualDiskVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.storagePolicyID = instance.getStoragePolicyID();
      this.storagePolicyName = instance.getStoragePolicyName();
      this.volumePath = instance.getVolumePath();
    }
  }

  /** A new {@link V1VsphereVirtualDiskVolumeSource} holding what was set (lists and maps copied). */
  V1VsphereVirtualDiskVolumeSource toModel() {
    V1VsphereVirtualDiskVolumeSource o = new V1VsphereVirtualDiskVolumeSource();
    o.setFsType(fsType);
    o.setStoragePolicyID(storagePolicyID);
    o.setStoragePolicyName(storagePolicyName);
    o.setVolumePath(volumePath);
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

  public String getStoragePolicyID() {
    return storagePolicyID;
  }

  public A withStoragePolicyID(String storagePolicyID) {
    this.storagePolicyID = storagePolicyID;
    return self();
  }

  public boolean hasStoragePolicyID() {
    return storagePolicyID != null;
  }

  public String getStoragePolicyName() {
    return storagePolicyName;
  }

  public A withStoragePolicyName(String storagePolicyName) {
    this.storagePolicyName = storagePolicyName;
    return self();
  }

  public boolean hasStoragePolicyName() {
    return storagePolicyName != null;
  }

  public String getVolumePath() {
    return volumePath;
  }

  public A withVolumePath(String volumePath) {
    this.volumePath = volumePath;
    return self();
  }

  public boolean hasVolumePath() {
    return volumePath != null;
  }
}
