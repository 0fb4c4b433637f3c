package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1UserSubject}: {@code new V1UserSubjectBuilder().withX(...)...build()}. */
public class V1UserSubjectBuilder extends V1UserSubjectFluent<V1UserSubjectBuilder> {
  public V1UserSubjectBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1UserSubjectBuilder(V1UserSubject instance) {
    super(instance);
  }

  public V1UserSubject build() {
    return toModel();
  }
}
