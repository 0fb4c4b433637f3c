package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1GCEPersistentDiskVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1GCEPersistentDiskVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1GCEPersistentDiskVolumeSourceFluent<A extends V1GCEPersistentDiskVolumeSourceFluent<A>> {
  private String fsType;
  private Integer partition;
  private String pdName;
  private Boolean readOnly;

  public V1GCEPersistentDiskVolumeSourceFluent() {}

  public V1GCEPersistentDiskVolumeSourceFluent(V1GCEPersistentDiskVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1GCEPersistentDiskVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.partition = instance.getPartition();
      this.pdName = instance.getPdName();
      this.readOnly = instance.getReadOnly();
    }
  }

  /** A new {@link V1GCEPersistentDiskVolumeSource} holding what was set (lists and maps copied). */
  V1GCEPersistentDiskVolumeSource toModel() {
    V1GCEPersistentDiskVolumeSource o = new V1GCEPersistentDiskVolumeSource();
    o.setFsType(fsType);
    o.setPartition(partition);
    o.setPdName(pdName);
    o.setReadOnly(readOnly);
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

  public Integer getPartition() {
    return partition;
  }

  public A withPartition(Integer partition) {
    this.partition = partition;
    return self();
  }

  public boolean hasPartition() {
    return partition != null;
  }

  public String getPdName() {
    return pdName;
  }

  public A withPdName(String pdName) {
    this.pdName = pdName;
    return self();
  }

  public boolean hasPdName() {
    return pdName != null;
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
