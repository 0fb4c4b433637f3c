package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1UncountedTerminatedPods}: {@code new V1UncountedTerminatedPodsBuilder().withX(...)...build()}. */
public class V1UncountedTerminatedPodsBuilder extends V1UncountedTerminatedPodsFluent<V1UncountedTerminatedPodsBuilder> {
  public V1UncountedTerminatedPodsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1UncountedTerminatedPodsBuilder(V1UncountedTerminatedPods instance) {
    super(instance);
  }

  public V1UncountedTerminatedPods build() {
    return toModel();
  }
}
