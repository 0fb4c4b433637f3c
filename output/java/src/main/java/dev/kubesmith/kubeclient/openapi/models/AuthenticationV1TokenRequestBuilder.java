package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link AuthenticationV1TokenRequest}: {@code new AuthenticationV1TokenRequestBuilder().withX(...)...build()}. */
public class AuthenticationV1TokenRequestBuilder extends AuthenticationV1TokenRequestFluent<AuthenticationV1TokenRequestBuilder> {
  public AuthenticationV1TokenRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public AuthenticationV1TokenRequestBuilder(AuthenticationV1TokenRequest instance) {
    super(instance);
  }

  public AuthenticationV1TokenRequest build() {
    return toModel();
  }
}
