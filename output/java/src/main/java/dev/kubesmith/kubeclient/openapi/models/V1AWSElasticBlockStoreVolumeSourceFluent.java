package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1AWSElasticBlockStoreVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AWSElasticBlockStoreVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AWSElasticBlockStoreVolumeSourceFluent<A extends V1AWSElasticBlockStoreVolumeSourceFluent<A>> {
  private String fsType;
  private Integer partition;
  private Boolean readOnly;
  private String volumeID;

  public V1AWSElasticBlockStoreVolumeSourceFluent() {}

  public V1AWSElasticBlockStoreVolumeSourceFluent(V1AWSElasticBlockStoreVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AWSElasticBlockStoreVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.partition = instance.getPartition();
      this.readOnly = instance.getReadOnly();
      this.volumeID = instance.getVolumeID();
    }
  }

  /** A new {@link V1AWSElasticBlockStoreVolumeSource} holding what was set (lists and maps copied). */
  V1AWSElasticBlockStoreVolumeSource toModel() {
    V1AWSElasticBlockStoreVolumeSource o = new V1AWSElasticBlockStoreVolumeSource();
    o.setFsType(fsType);
    o.setPartition(partition);
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
