package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeMountStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeMountStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeMountStatusFluent<A extends V1VolumeMountStatusFluent<A>> {
  private String mountPath;
  private String name;
  private Boolean readOnly;
  private String recursiveReadOnly;
  private V1VolumeStatus volumeStatus;

  public V1VolumeMountStatusFluent() {}

  public V1VolumeMountStatusFluent(V1VolumeMountStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeMountStatus instance) {
    if (instance != null) {
      this.mountPath = instance.getMountPath();
      this.name = instance.getName();
      this.readOnly = instance.getReadOnly();
      this.recursiveReadOnly = instance.getRecursiveReadOnly();
      this.volumeStatus = instance.getVolumeStatus();
    }
  }

  /** A new {@link V1VolumeMountStatus} holding what was set (lists and maps copied). */
  V1VolumeMountStatus toModel() {
    V1VolumeMountStatus o = new V1VolumeMountStatus();
    o.setMountPath(mountPath);
    o.setName(name);
    o.setReadOnly(readOnly);
    o.setRecursiveReadOnly(recursiveReadOnly);
    o.setVolumeStatus(volumeStatus);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getMountPath() {
    return mountPath;
  }

  public A withMountPath(String mountPath) {
    this.mountPath = mountPath;
    return self();
  }

  public boolean hasMountPath() {
    return mountPath != null;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
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

  public String getRecursiveReadOnly() {
    return recursiveReadOnly;
  }

  public A withRecursiveReadOnly(String recursiveReadOnly) {
    this.recursiveReadOnly = recursiveReadOnly;
    return self();
  }

  public boolean hasRecursiveReadOnly() {
    return recursiveReadOnly != null;
  }

  public V1VolumeStatus getVolumeStatus() {
    return volumeStatus;
  }

  public A withVolumeStatus(V1VolumeStatus volumeStatus) {
    this.volumeStatus = volumeStatus;
    return self();
  }

  public boolean hasVolumeStatus() {
    return volumeStatus != null;
  }

  public V1VolumeStatus buildVolumeStatus() {
    return volumeStatus;
  }

  public VolumeStatusNested withNewVolumeStatus() {
    return new VolumeStatusNested(null);
  }

  public VolumeStatusNested withNewVolumeStatusLike(V1VolumeStatus item) {
    return new VolumeStatusNested(item);
  }

  public VolumeStatusNested editVolumeStatus() {
    return new VolumeStatusNested(volumeStatus);
  }

  public VolumeStatusNested editOrNewVolumeStatus() {
    return new VolumeStatusNested(volumeStatus != null ? volumeStatus : new V1VolumeStatus());
  }

  public VolumeStatusNested editOrNewVolumeStatusLike(V1VolumeStatus item) {
    return new VolumeStatusNested(volumeStatus != null ? volumeStatus : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class VolumeStatusNested extends V1VolumeStatusFluent<VolumeStatusNested> {
    VolumeStatusNested(V1VolumeStatus item) {
      super(item);
    }

    public A and() {
      return V1VolumeMountStatusFluent.this.withVolumeStatus(toModel());
    }

    public A endVolumeStatus() {
      return and();
    }
  }
}
