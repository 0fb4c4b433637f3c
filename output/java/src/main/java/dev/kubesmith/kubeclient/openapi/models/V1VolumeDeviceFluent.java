package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1VolumeDevice}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeDeviceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeDeviceFluent<A extends V1VolumeDeviceFluent<A>> {
  private String devicePath;
  private String name;

  public V1VolumeDeviceFluent() {}

  public V1VolumeDeviceFluent(V1VolumeDevice instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeDevice instance) {
    if (instance != null) {
      this.devicePath = instance.getDevicePath();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1VolumeDevice} holding what was set (lists and maps copied). */
  V1VolumeDevice toModel() {
    V1VolumeDevice o = new V1VolumeDevice();
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
