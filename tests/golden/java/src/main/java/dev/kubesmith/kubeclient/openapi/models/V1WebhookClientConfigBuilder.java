package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1WebhookClientConfig}: {@code new V1WebhookClientConfigBuilder().withX(...)...build()}. */
public class V1WebhookClientConfigBuilder extends V1WebhookClientConfigFluent<V1WebhookClientConfigBuilder> {
  public V1WebhookClientConfigBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1WebhookClientConfigBuilder(V1WebhookClientConfig instance) {
    super(instance);
  }

  public V1WebhookClientConfig build() {
    return toModel();
  }
}
