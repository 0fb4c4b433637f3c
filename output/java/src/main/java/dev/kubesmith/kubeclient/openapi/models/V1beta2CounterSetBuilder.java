package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2CounterSet}: {@code new V1beta2CounterSetBuilder().withX(...)...build()}. */
public class V1beta2CounterSetBuilder extends V1beta2CounterSetFluent<V1beta2CounterSetBuilder> {
  public V1beta2CounterSetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2CounterSetBuilder(V1beta2CounterSet instance) {
    super(instance);
  }

  public V1beta2CounterSet build() {
    return toModel();
  }
}
