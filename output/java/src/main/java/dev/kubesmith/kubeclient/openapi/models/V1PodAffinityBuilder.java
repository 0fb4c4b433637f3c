package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodAffinity}: {@code new V1PodAffinityBuilder().withX(...)...build()}. */
public class V1PodAffinityBuilder extends V1PodAffinityFluent<V1PodAffinityBuilder> {
  public V1PodAffinityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodAffinityBuilder(V1PodAffinity instance) {
    super(instance);
  }

  public V1PodAffinity build() {
    return toModel();
  }
}
