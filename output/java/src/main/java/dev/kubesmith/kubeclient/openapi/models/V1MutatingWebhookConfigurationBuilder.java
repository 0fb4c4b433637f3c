package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingWebhookConfiguration}: {@code new V1MutatingWebhookConfigurationBuilder().withX(...)...build()}. */
public class V1MutatingWebhookConfigurationBuilder extends V1MutatingWebhookConfigurationFluent<V1MutatingWebhookConfigurationBuilder> {
  public V1MutatingWebhookConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingWebhookConfigurationBuilder(V1MutatingWebhookConfiguration instance) {
    super(instance);
  }

  public V1MutatingWebhookConfiguration build() {
    return toModel();
  }
}
