package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link AdmissionregistrationV1ServiceReference}: {@code new AdmissionregistrationV1ServiceReferenceBuilder().withX(...)...build()}. */
public class AdmissionregistrationV1ServiceReferenceBuilder extends AdmissionregistrationV1ServiceReferenceFluent<AdmissionregistrationV1ServiceReferenceBuilder> {
  public AdmissionregistrationV1ServiceReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public AdmissionregistrationV1ServiceReferenceBuilder(AdmissionregistrationV1ServiceReference instance) {
    super(instance);
  }

  public AdmissionregistrationV1ServiceReference build() {
    return toModel();
  }
}
