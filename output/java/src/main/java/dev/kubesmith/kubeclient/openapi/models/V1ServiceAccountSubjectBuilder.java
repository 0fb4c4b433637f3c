package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceAccountSubject}: {@code new V1ServiceAccountSubjectBuilder().withX(...)...build()}. */
public class V1ServiceAccountSubjectBuilder extends V1ServiceAccountSubjectFluent<V1ServiceAccountSubjectBuilder> {
  public V1ServiceAccountSubjectBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceAccountSubjectBuilder(V1ServiceAccountSubject instance) {
    super(instance);
  }

  public V1ServiceAccountSubject build() {
    return toModel();
  }
}
