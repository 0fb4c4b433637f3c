package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ValidatingWebhook}: {@code new V1ValidatingWebhookBuilder().withX(...)...build()}. */
public class V1ValidatingWebhookBuilder extends V1ValidatingWebhookFluent<V1ValidatingWebhookBuilder> {
  public V1ValidatingWebhookBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ValidatingWebhookBuilder(V1ValidatingWebhook instance) {
    super(instance);
  }

  public V1ValidatingWebhook build() {
    return toModel();
  }
}
