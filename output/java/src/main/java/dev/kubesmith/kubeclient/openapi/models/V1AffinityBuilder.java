package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Affinity}: {@code new V1AffinityBuilder().withX(...)...build()}. */
public class V1AffinityBuilder extends V1AffinityFluent<V1AffinityBuilder> {
  public V1AffinityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1AffinityBuilder(V1Affinity instance) {
    super(instance);
  }

  public V1Affinity build() {
    return toModel();
  }
}
