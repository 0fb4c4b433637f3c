package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1AzureDiskVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AzureDiskVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AzureDiskVolumeSourceFluent<A extends V1AzureDiskVolumeSourceFluent<A>> {
  private String cachingMode;
  private String diskName;
  private String diskURI;
  private String fsType;
  private String kind;
  private Boolean readOnly;

  public V1AzureDiskVolumeSourceFluent() {}

  public V1AzureDiskVolumeSourceFluent(V1AzureDiskVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AzureDiskVolumeSource instance) {
    if (instance != null) {
      this.cachingMode = instance.getCachingMode();
      this.diskName = instance.getDiskName();
      this.diskURI = instance.getDiskURI();
      this.fsType = instance.getFsType();
      this.kind = instance.getKind();
      this.readOnly = instance.getReadOnly();
    }
  }

  /** A new {@link V1AzureDiskVolumeSource} holding what was set (lists and maps copied). */
  V1AzureDiskVolumeSource toModel() {
    V1AzureDiskVolumeSource o = new V1AzureDiskVolumeSource();
    o.setCachingMode(cachingMode);
    o.setDiskName(diskName);
    o.setDiskURI(diskURI);
    o.setFsType(fsType);
    o.setKind(kind);
    o.setReadOnly(readOnly);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getCachingMode() {
    return cachingMode;
  }

  public A withCachingMode(String cachingMode) {
    this.cachingMode = cachingMode;
    return self();
  }

  public boolean hasCachingMode() {
    return cachingMode != null;
  }

  public String getDiskName() {
    return diskName;
  }

  public A withDiskName(String diskName) {
    this.diskName = diskName;
    return self();
  }

  public boolean hasDiskName() {
    return diskName != null;
  }

  public String getDiskURI() {
    return diskURI;
  }

  public A withDiskURI(String diskURI) {
    this.diskURI = diskURI;
    return self();
  }

  public boolean hasDiskURI() {
    return diskURI != null;
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

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
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
