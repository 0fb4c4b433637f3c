package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1AttachedVolume}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AttachedVolumeBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AttachedVolumeFluent<A extends V1AttachedVolumeFluent<A>> {
  private String devicePath;
  private String name;

  public V1AttachedVolumeFluent() {}

  public V1AttachedVolumeFluent(V1AttachedVolume instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AttachedVolume instance) {
    if (instance != null) {
      this.devicePath = instance.getDevicePath();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1AttachedVolume} holding what was set (lists and maps copied). */
  V1AttachedVolume toModel() {
    V1AttachedVolume o = new V1AttachedVolume();
    o.setDevicePath(devicePath);
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDevicePath() {
    return devicePath;
  }

  public A withDevicePath(String devicePath) {
    this.devicePath = devicePath;
    return self();
  }

  public boolean hasDevicePath() {
    return devicePath != null;
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
}
