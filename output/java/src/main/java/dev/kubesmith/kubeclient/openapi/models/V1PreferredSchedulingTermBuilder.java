package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PreferredSchedulingTerm}: {@code new V1PreferredSchedulingTermBuilder().withX(...)...build()}. */
public class V1PreferredSchedulingTermBuilder extends V1PreferredSchedulingTermFluent<V1PreferredSchedulingTermBuilder> {
  public V1PreferredSchedulingTermBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PreferredSchedulingTermBuilder(V1PreferredSchedulingTerm instance) {
    super(instance);
  }

  public V1PreferredSchedulingTerm build() {
    return toModel();
  }
}
