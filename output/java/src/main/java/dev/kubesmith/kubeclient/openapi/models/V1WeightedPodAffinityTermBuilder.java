package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1WeightedPodAffinityTerm}: {@code new V1WeightedPodAffinityTermBuilder().withX(...)...build()}. */
public class V1WeightedPodAffinityTermBuilder extends V1WeightedPodAffinityTermFluent<V1WeightedPodAffinityTermBuilder> {
  public V1WeightedPodAffinityTermBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1WeightedPodAffinityTermBuilder(V1WeightedPodAffinityTerm instance) {
    super(instance);
  }

  public V1WeightedPodAffinityTerm build() {
    return toModel();
  }
}
