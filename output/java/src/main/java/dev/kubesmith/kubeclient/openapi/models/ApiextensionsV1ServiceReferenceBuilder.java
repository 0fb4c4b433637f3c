package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link ApiextensionsV1ServiceReference}: {@code new ApiextensionsV1ServiceReferenceBuilder().withX(...)...build()}. */
public class ApiextensionsV1ServiceReferenceBuilder extends ApiextensionsV1ServiceReferenceFluent<ApiextensionsV1ServiceReferenceBuilder> {
  public ApiextensionsV1ServiceReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public ApiextensionsV1ServiceReferenceBuilder(ApiextensionsV1ServiceReference instance) {
    super(instance);
  }

  public ApiextensionsV1ServiceReference build() {
    return toModel();
  }
}
