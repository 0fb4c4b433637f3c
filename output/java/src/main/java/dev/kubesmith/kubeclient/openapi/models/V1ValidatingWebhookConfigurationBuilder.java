package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingWebhookConfiguration}: {@code new V1ValidatingWebhookConfigurationBuilder().withX(...)...build()}. */
public class V1ValidatingWebhookConfigurationBuilder extends V1ValidatingWebhookConfigurationFluent<V1ValidatingWebhookConfigurationBuilder> {
  public V1ValidatingWebhookConfigurationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingWebhookConfigurationBuilder(V1ValidatingWebhookConfiguration instance) {
    super(instance);
  }

  public V1ValidatingWebhookConfiguration build() {
    return toModel();
  }
}
