package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PortworxVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PortworxVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PortworxVolumeSourceFluent<A extends V1PortworxVolumeSourceFluent<A>> {
  private String fsType;
  private Boolean readOnly;
  private String volumeID;

  public V1PortworxVolumeSourceFluent() {}

  public V1PortworxVolumeSourceFluent(V1PortworxVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PortworxVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.readOnly = instance.getReadOnly();
      this.volumeID = instance.getVolumeID();
    }
  }

  /** A new {@link V1PortworxVolumeSource} holding what was set (lists and maps copied). */
  V1PortworxVolumeSource toModel() {
    V1PortworxVolumeSource o = new V1PortworxVolumeSource();
    o.setFsType(fsType);
    o.setReadOnly(readOnly);
    o.setVolumeID(volumeID);
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

  public String getVolumeID() {
    return volumeID;
  }

  public A withVolumeID(String volumeID) {
    this.volumeID = volumeID;
    return self();
  }

  public boolean hasVolumeID() {
    return volumeID != null;
  }
}
