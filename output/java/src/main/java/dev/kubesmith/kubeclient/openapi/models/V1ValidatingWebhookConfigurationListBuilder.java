package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingWebhookConfigurationList}: {@code new V1ValidatingWebhookConfigurationListBuilder().withX(...)...build()}. */
public class V1ValidatingWebhookConfigurationListBuilder extends V1ValidatingWebhookConfigurationListFluent<V1ValidatingWebhookConfigurationListBuilder> {
  public V1ValidatingWebhookConfigurationListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingWebhookConfigurationListBuilder(V1ValidatingWebhookConfigurationList instance) {
    super(instance);
  }

  public V1ValidatingWebhookConfigurationList build() {
    return toModel();
  }
}
