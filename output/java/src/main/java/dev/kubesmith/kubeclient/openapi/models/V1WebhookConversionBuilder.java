package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1WebhookConversion}: {@code new V1WebhookConversionBuilder().withX(...)...build()}. */
public class V1WebhookConversionBuilder extends V1WebhookConversionFluent<V1WebhookConversionBuilder> {
  public V1WebhookConversionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1WebhookConversionBuilder(V1WebhookConversion instance) {
    super(instance);
  }

  public V1WebhookConversion build() {
    return toModel();
  }
}
