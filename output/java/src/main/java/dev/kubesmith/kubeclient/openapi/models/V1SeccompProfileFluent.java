package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SeccompProfile}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SeccompProfileBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SeccompProfileFluent<A extends V1SeccompProfileFluent<A>> {
  private String localhostProfile;
  private String type;

  public V1SeccompProfileFluent() {}

  public V1SeccompProfileFluent(V1SeccompProfile instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SeccompProfile instance) {
    if (instance != null) {
      this.localhostProfile = instance.getLocalhostProfile();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1SeccompProfile} holding what was set (lists and maps copied). */
  V1SeccompProfile toModel() {
    V1SeccompProfile o = new V1SeccompProfile();
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
