package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ServiceAccountTokenProjection}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ServiceAccountTokenProjectionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ServiceAccountTokenProjectionFluent<A extends V1ServiceAccountTokenProjectionFluent<A>> {
  private String audience;
  private Long expirationSeconds;
  private String path;
  private Long user;

  public V1ServiceAccountTokenProjectionFluent() {}

  public V1ServiceAccountTokenProjectionFluent(V1ServiceAccountTokenProjection instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ServiceAccountTokenProjection instance) {
    if (instance != null) {
      this.audience = instance.getAudience();
      this.expirationSeconds = instance.getExpirationSeconds();
      this.path = instance.getPath();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1ServiceAccountTokenProjection} holding what was set (lists and maps copied). */
  V1ServiceAccountTokenProjection toModel() {
    V1ServiceAccountTokenProjection o = new V1ServiceAccountTokenProjection();
    o.setAudience(audience);
    o.setExpirationSeconds(expirationSeconds);
    o.setPath(path);
    o.setUser(user);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAudience() {
    return audience;
  }

  public A withAudience(String audience) {
    this.audience = audience;
    return self();
  }

  public boolean hasAudience() {
    return audience != null;
  }

  public Long getExpirationSeconds() {
    return expirationSeconds;
  }

  public A withExpirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
    return self();
  }

  public boolean hasExpirationSeconds() {
    return expirationSeconds != null;
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
