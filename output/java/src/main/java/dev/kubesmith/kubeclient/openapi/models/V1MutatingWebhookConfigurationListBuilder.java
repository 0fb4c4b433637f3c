package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingWebhookConfigurationList}: {@code new V1MutatingWebhookConfigurationListBuilder().withX(...)...build()}. */
public class V1MutatingWebhookConfigurationListBuilder extends V1MutatingWebhookConfigurationListFluent<V1MutatingWebhookConfigurationListBuilder> {
  public V1MutatingWebhookConfigurationListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingWebhookConfigurationListBuilder(V1MutatingWebhookConfigurationList instance) {
    super(instance);
  }

  public V1MutatingWebhookConfigurationList build() {
    return toModel();
  }
}
