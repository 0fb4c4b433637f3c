package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1LocalVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LocalVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LocalVolumeSourceFluent<A extends V1LocalVolumeSourceFluent<A>> {
  private String fsType;
  private String path;

  public V1LocalVolumeSourceFluent() {}

  public V1LocalVolumeSourceFluent(V1LocalVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LocalVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.path = instance.getPath();
    }
  }

  /** A new {@link V1LocalVolumeSource} holding what was set (lists and maps copied). */
  V1LocalVolumeSource toModel() {
    V1LocalVolumeSource o = new V1LocalVolumeSource();
    o.setFsType(fsType);
    o.setPath(path);
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

  public String getPath() {
    return path;
  }

  public A withPath(String path) {
    this.path = path;
    return self();
  }

  public boolean hasPath() {
    return path != null;
  }
}
