package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1GroupSubject}: {@code new V1GroupSubjectBuilder().withX(...)...build()}. */
public class V1GroupSubjectBuilder extends V1GroupSubjectFluent<V1GroupSubjectBuilder> {
  public V1GroupSubjectBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1GroupSubjectBuilder(V1GroupSubject instance) {
    super(instance);
  }

  public V1GroupSubject build() {
    return toModel();
  }
}
