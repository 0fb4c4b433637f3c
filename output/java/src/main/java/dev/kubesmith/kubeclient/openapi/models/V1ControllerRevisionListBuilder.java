package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ControllerRevisionList}: {@code new V1ControllerRevisionListBuilder().withX(...)...build()}. */
public class V1ControllerRevisionListBuilder extends V1ControllerRevisionListFluent<V1ControllerRevisionListBuilder> {
  public V1ControllerRevisionListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ControllerRevisionListBuilder(V1ControllerRevisionList instance) {
    super(instance);
  }

  public V1ControllerRevisionList build() {
    return toModel();
  }
}
