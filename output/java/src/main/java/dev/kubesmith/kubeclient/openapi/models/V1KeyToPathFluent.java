package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1KeyToPath}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1KeyToPathBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1KeyToPathFluent<A extends V1KeyToPathFluent<A>> {
  private String key;
  private Integer mode;
  private String path;
  private Long user;

  public V1KeyToPathFluent() {}

  public V1KeyToPathFluent(V1KeyToPath instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1KeyToPath instance) {
    if (instance != null) {
      this.key = instance.getKey();
      this.mode = instance.getMode();
      this.path = instance.getPath();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1KeyToPath} holding what was set (lists and maps copied). */
  V1KeyToPath toModel() {
    V1KeyToPath o = new V1KeyToPath();
    o.setKey(key);
    o.setMode(mode);
    o.setPath(path);
    o.setUser(user);
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

  public Integer getMode() {
    return mode;
  }

  public A withMode(Integer mode) {
    this.mode = mode;
    return self();
  }

  public boolean hasMode() {
    return mode != null;
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

  public Long getUser() {
    return user;
  }

  public A withUser(Long user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }
}
