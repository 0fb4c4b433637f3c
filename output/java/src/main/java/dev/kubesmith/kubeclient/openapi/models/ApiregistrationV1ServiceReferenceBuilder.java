package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link ApiregistrationV1ServiceReference}: {@code new ApiregistrationV1ServiceReferenceBuilder().withX(...)...build()}. */
public class ApiregistrationV1ServiceReferenceBuilder extends ApiregistrationV1ServiceReferenceFluent<ApiregistrationV1ServiceReferenceBuilder> {
  public ApiregistrationV1ServiceReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public ApiregistrationV1ServiceReferenceBuilder(ApiregistrationV1ServiceReference instance) {
    super(instance);
  }

  public ApiregistrationV1ServiceReference build() {
    return toModel();
  }
}
