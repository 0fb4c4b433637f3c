package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link StorageV1TokenRequest}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link StorageV1TokenRequestBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class StorageV1TokenRequestFluent<A extends StorageV1TokenRequestFluent<A>> {
  private String audience;
  private Long expirationSeconds;

  public StorageV1TokenRequestFluent() {}

  public StorageV1TokenRequestFluent(StorageV1TokenRequest instance) {
    copyInstance(instance);
  }

  protected void copyInstance(StorageV1TokenRequest instance) {
    if (instance != null) {
      this.audience = instance.getAudience();
      this.expirationSeconds = instance.getExpirationSeconds();
    }
  }

  /** A new {@link StorageV1TokenRequest} holding what was set (lists and maps copied). */
  StorageV1TokenRequest toModel() {
    StorageV1TokenRequest o = new StorageV1TokenRequest();
    o.setAudience(audience);
    o.setExpirationSeconds(expirationSeconds);
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
}
