package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1QuobyteVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1QuobyteVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1QuobyteVolumeSourceFluent<A extends V1QuobyteVolumeSourceFluent<A>> {
  private String group;
  private Boolean readOnly;
  private String registry;
  private String tenant;
  private String user;
  private String volume;

  public V1QuobyteVolumeSourceFluent() {}

  public V1QuobyteVolumeSourceFluent(V1QuobyteVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1QuobyteVolumeSource instance) {
    if (instance != null) {
      this.group = instance.getGroup();
      this.readOnly = instance.getReadOnly();
      this.registry = instance.getRegistry();
      this.tenant = instance.getTenant();
      this.user = instance.getUser();
      this.volume = instance.getVolume();
    }
  }

  /** A new {@link V1QuobyteVolumeSource} holding what was set (lists and maps copied). */
  V1QuobyteVolumeSource toModel() {
    V1QuobyteVolumeSource o = new V1QuobyteVolumeSource();
    o.setGroup(group);
    o.setReadOnly(readOnly);
    o.setRegistry(registry);
    o.setTenant(tenant);
    o.setUser(user);
    o.setVolume(volume);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getGroup() {
    return group;
  }

  public A withGroup(String group) {
    this.group = group;
    return self();
  }

  public boolean hasGroup() {
    return group != null;
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

  public String getRegistry() {
    return registry;
  }

  public A withRegistry(String registry) {
    this.registry = registry;
    return self();
  }

  public boolean hasRegistry() {
    return registry != null;
  }

  public String getTenant() {
    return tenant;
  }

  public A withTenant(String tenant) {
    this.tenant = tenant;
    return self();
  }

  public boolean hasTenant() {
    return tenant != null;
  }

  public String getUser() {
    return user;
  }

  public A withUser(String user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }

  public String getVolume() {
    return volume;
  }

  public A withVolume(String volume) {
    this.volume = volume;
    return self();
  }

  public boolean hasVolume() {
    return volume != null;
  }
}
