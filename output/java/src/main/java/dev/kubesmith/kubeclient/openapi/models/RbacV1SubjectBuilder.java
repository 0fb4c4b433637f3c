package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link RbacV1Subject}: {@code new RbacV1SubjectBuilder().withX(...)...build()}. */
public class RbacV1SubjectBuilder extends RbacV1SubjectFluent<RbacV1SubjectBuilder> {
  public RbacV1SubjectBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public RbacV1SubjectBuilder(RbacV1Subject instance) {
    super(instance);
  }

  public RbacV1Subject build() {
    return toModel();
  }
}
