package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link FlowcontrolV1Subject}: {@code new FlowcontrolV1SubjectBuilder().withX(...)...build()}. */
public class FlowcontrolV1SubjectBuilder extends FlowcontrolV1SubjectFluent<FlowcontrolV1SubjectBuilder> {
  public FlowcontrolV1SubjectBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public FlowcontrolV1SubjectBuilder(FlowcontrolV1Subject instance) {
    super(instance);
  }

  public FlowcontrolV1Subject build() {
    return toModel();
  }
}
