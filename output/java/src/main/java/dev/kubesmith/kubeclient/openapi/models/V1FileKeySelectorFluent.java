package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1FileKeySelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1FileKeySelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1FileKeySelectorFluent<A extends V1FileKeySelectorFluent<A>> {
  private String key;
  private Boolean optional;
  private String path;
  private String volumeName;

  public V1FileKeySelectorFluent() {}

  public V1FileKeySelectorFluent(V1FileKeySelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1FileKeySelector instance) {
    if (instance != null) {
      this.key = instance.getKey();
      this.optional = instance.getOptional();
      this.path = instance.getPath();
      this.volumeName = instance.getVolumeName();
    }
  }

  /** A new {@link V1FileKeySelector} holding what was set (lists and maps copied). */
  V1FileKeySelector toModel() {
    V1FileKeySelector o = new V1FileKeySelector();
    o.setKey(key);
    o.setOptional(optional);
    o.setPath(path);
    o.setVolumeName(volumeName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getKey() {
    return key;
  }

  public A withKey(String key) {
    this.key = key;
    return self();
  }

  public boolean hasKey() {
    return key != null;
  }

  public Boolean getOptional() {
    return optional;
  }

  public A withOptional(Boolean optional) {
    this.optional = optional;
    return self();
  }

  public boolean hasOptional() {
    return optional != null;
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

  public String getVolumeName() {
    return volumeName;
  }

  public A withVolumeName(String volumeName) {
    this.volumeName = volumeName;
    return self();
  }

  public boolean hasVolumeName() {
    return volumeName != null;
  }
}
