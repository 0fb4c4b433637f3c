package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link ApiextensionsV1WebhookClientConfig}: {@code new ApiextensionsV1WebhookClientConfigBuilder().withX(...)...build()}. */
public class ApiextensionsV1WebhookClientConfigBuilder extends ApiextensionsV1WebhookClientConfigFluent<ApiextensionsV1WebhookClientConfigBuilder> {
  public ApiextensionsV1WebhookClientConfigBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public ApiextensionsV1WebhookClientConfigBuilder(ApiextensionsV1WebhookClientConfig instance) {
    super(instance);
  }

  public ApiextensionsV1WebhookClientConfig build() {
    return toModel();
  }
}
