package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatefulSetUpdateStrategy}: {@code new V1StatefulSetUpdateStrategyBuilder().withX(...)...build()}. */
public class V1StatefulSetUpdateStrategyBuilder extends V1StatefulSetUpdateStrategyFluent<V1StatefulSetUpdateStrategyBuilder> {
  public V1StatefulSetUpdateStrategyBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatefulSetUpdateStrategyBuilder(V1StatefulSetUpdateStrategy instance) {
    super(instance);
  }

  public V1StatefulSetUpdateStrategy build() {
    return toModel();
  }
}
