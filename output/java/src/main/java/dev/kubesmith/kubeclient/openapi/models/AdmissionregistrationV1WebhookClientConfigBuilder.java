package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link AdmissionregistrationV1WebhookClientConfig}: {@code new AdmissionregistrationV1WebhookClientConfigBuilder().withX(...)...build()}. */
public class AdmissionregistrationV1WebhookClientConfigBuilder extends AdmissionregistrationV1WebhookClientConfigFluent<AdmissionregistrationV1WebhookClientConfigBuilder> {
  public AdmissionregistrationV1WebhookClientConfigBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public AdmissionregistrationV1WebhookClientConfigBuilder(AdmissionregistrationV1WebhookClientConfig instance) {
    super(instance);
  }

  public AdmissionregistrationV1WebhookClientConfig build() {
    return toModel();
  }
}
