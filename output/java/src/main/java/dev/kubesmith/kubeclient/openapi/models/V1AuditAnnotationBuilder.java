package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1AuditAnnotation}: {@code new V1AuditAnnotationBuilder().withX(...)...build()}. */
public class V1AuditAnnotationBuilder extends V1AuditAnnotationFluent<V1AuditAnnotationBuilder> {
  public V1AuditAnnotationBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AuditAnnotationBuilder(V1AuditAnnotation instance) {
    super(instance);
  }

  public V1AuditAnnotation build() {
    return toModel();
  }
}
