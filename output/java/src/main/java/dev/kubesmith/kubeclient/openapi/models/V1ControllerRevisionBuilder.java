package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ControllerRevision}: {@code new V1ControllerRevisionBuilder().withX(...)...build()}. */
public class V1ControllerRevisionBuilder extends V1ControllerRevisionFluent<V1ControllerRevisionBuilder> {
  public V1ControllerRevisionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ControllerRevisionBuilder(V1ControllerRevision instance) {
    super(instance);
  }

  public V1ControllerRevision build() {
    return toModel();
  }
}
