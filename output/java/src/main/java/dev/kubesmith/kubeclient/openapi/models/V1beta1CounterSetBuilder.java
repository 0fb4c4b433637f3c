package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1CounterSet}: {@code new V1beta1CounterSetBuilder().withX(...)...build()}. */
public class V1beta1CounterSetBuilder extends V1beta1CounterSetFluent<V1beta1CounterSetBuilder> {
  public V1beta1CounterSetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CounterSetBuilder(V1beta1CounterSet instance) {
    super(instance);
  }

  public V1beta1CounterSet build() {
    return toModel();
  }
}
