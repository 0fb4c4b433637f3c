package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1MutatingWebhook}: {@code new V1MutatingWebhookBuilder().withX(...)...build()}. */
public class V1MutatingWebhookBuilder extends V1MutatingWebhookFluent<V1MutatingWebhookBuilder> {
  public V1MutatingWebhookBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1MutatingWebhookBuilder(V1MutatingWebhook instance) {
    super(instance);
  }

  public V1MutatingWebhook build() {
    return toModel();
  }
}
