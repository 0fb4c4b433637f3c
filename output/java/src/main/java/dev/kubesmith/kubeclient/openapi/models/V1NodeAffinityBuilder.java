package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeAffinity}: {@code new V1NodeAffinityBuilder().withX(...)...build()}. */
public class V1NodeAffinityBuilder extends V1NodeAffinityFluent<V1NodeAffinityBuilder> {
  public V1NodeAffinityBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeAffinityBuilder(V1NodeAffinity instance) {
    super(instance);
  }

  public V1NodeAffinity build() {
    return toModel();
  }
}
