package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Probe}: {@code new V1ProbeBuilder().withX(...)...build()}. */
public class V1ProbeBuilder extends V1ProbeFluent<V1ProbeBuilder> {
  public V1ProbeBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ProbeBuilder(V1Probe instance) {
    super(instance);
  }

  public V1Probe build() {
    return toModel();
  }
}
