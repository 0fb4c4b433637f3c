package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1GroupVersionForDiscovery}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1GroupVersionForDiscoveryBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1GroupVersionForDiscoveryFluent<A extends V1GroupVersionForDiscoveryFluent<A>> {
  private String groupVersion;
  private String version;

  public V1GroupVersionForDiscoveryFluent() {}

  public V1GroupVersionForDiscoveryFluent(V1GroupVersionForDiscovery instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1GroupVersionForDiscovery instance) {
    if (instance != null) {
      this.groupVersion = instance.getGroupVersion();
      this.version = instance.getVersion();
    }
  }

  /** A new {@link V1GroupVersionForDiscovery} holding what was set (lists and maps copied). */
  V1GroupVersionForDiscovery toModel() {
    V1GroupVersionForDiscovery o = new V1GroupVersionForDiscovery();
    o.setGroupVersion(groupVersion);
    o.setVersion(version);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getGroupVersion() {
    return groupVersion;
  }

  public A withGroupVersion(String groupVersion) {
    this.groupVersion = groupVersion;
    return self();
  }

  public boolean hasGroupVersion() {
    return groupVersion != null;
  }

  public String getVersion() {
    return version;
  }

  public A withVersion(String version) {
    this.version = version;
    return self();
  }

  public boolean hasVersion() {
    return version != null;
  }
}
