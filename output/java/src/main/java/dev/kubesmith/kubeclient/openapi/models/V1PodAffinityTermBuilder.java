package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodAffinityTerm}: {@code new V1PodAffinityTermBuilder().withX(...)...build()}. */
public class V1PodAffinityTermBuilder extends V1PodAffinityTermFluent<V1PodAffinityTermBuilder> {
  public V1PodAffinityTermBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodAffinityTermBuilder(V1PodAffinityTerm instance) {
    super(instance);
  }

  public V1PodAffinityTerm build() {
    return toModel();
  }
}
