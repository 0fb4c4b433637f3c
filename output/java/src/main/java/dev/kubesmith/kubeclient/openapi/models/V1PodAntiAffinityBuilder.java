package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodAntiAffinity}: {@code new V1PodAntiAffinityBuilder().withX(...)...build()}. */
public class V1PodAntiAffinityBuilder extends V1PodAntiAffinityFluent<V1PodAntiAffinityBuilder> {
  public V1PodAntiAffinityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodAntiAffinityBuilder(V1PodAntiAffinity instance) {
    super(instance);
  }

  public V1PodAntiAffinity build() {
    return toModel();
  }
}
