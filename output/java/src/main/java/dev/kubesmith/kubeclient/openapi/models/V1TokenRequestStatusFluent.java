package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1TokenRequestStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TokenRequestStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TokenRequestStatusFluent<A extends V1TokenRequestStatusFluent<A>> {
  private OffsetDateTime expirationTimestamp;
  private String token;

  public V1TokenRequestStatusFluent() {}

  public V1TokenRequestStatusFluent(V1TokenRequestStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TokenRequestStatus instance) {
    if (instance != null) {
      this.expirationTimestamp = instance.getExpirationTimestamp();
      this.token = instance.getToken();
    }
  }

  /** A new {@link V1TokenRequestStatus} holding what was set (lists and maps copied). */
  V1TokenRequestStatus toModel() {
    V1TokenRequestStatus o = new V1TokenRequestStatus();
    o.setExpirationTimestamp(expirationTimestamp);
    o.setToken(token);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public OffsetDateTime getExpirationTimestamp() {
    return expirationTimestamp;
  }

  public A withExpirationTimestamp(OffsetDateTime expirationTimestamp) {
    this.expirationTimestamp = expirationTimestamp;
    return self();
  }

  public boolean hasExpirationTimestamp() {
    return expirationTimestamp != null;
  }

  public String getToken() {
    return token;
  }

  public A withToken(String token) {
    this.token = token;
    return self();
  }

  public boolean hasToken() {
    return token != null;
  }
}
