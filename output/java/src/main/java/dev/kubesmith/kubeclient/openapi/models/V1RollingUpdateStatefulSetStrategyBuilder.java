package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RollingUpdateStatefulSetStrategy}: {@code new V1RollingUpdateStatefulSetStrategyBuilder().withX(...)...build()}. */
public class V1RollingUpdateStatefulSetStrategyBuilder extends V1RollingUpdateStatefulSetStrategyFluent<V1RollingUpdateStatefulSetStrategyBuilder> {
  public V1RollingUpdateStatefulSetStrategyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RollingUpdateStatefulSetStrategyBuilder(V1RollingUpdateStatefulSetStrategy instance) {
    super(instance);
  }

  public V1RollingUpdateStatefulSetStrategy build() {
    return toModel();
  }
}
