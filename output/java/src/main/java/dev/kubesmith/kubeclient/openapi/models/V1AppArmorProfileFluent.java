package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1AppArmorProfile}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AppArmorProfileBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AppArmorProfileFluent<A extends V1AppArmorProfileFluent<A>> {
  private String localhostProfile;
  private String type;

  public V1AppArmorProfileFluent() {}

  public V1AppArmorProfileFluent(V1AppArmorProfile instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AppArmorProfile instance) {
    if (instance != null) {
      this.localhostProfile = instance.getLocalhostProfile();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1AppArmorProfile} holding what was set (lists and maps copied). */
  V1AppArmorProfile toModel() {
    V1AppArmorProfile o = new V1AppArmorProfile();
    o.setLocalhostProfile(localhostProfile);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getLocalhostProfile() {
    return localhostProfile;
  }

  public A withLocalhostProfile(String localhostProfile) {
    this.localhostProfile = localhostProfile;
    return self();
  }

  public boolean hasLocalhostProfile() {
    return localhostProfile != null;
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
