package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CounterSet}: {@code new V1CounterSetBuilder().withX(...)...build()}. */
public class V1CounterSetBuilder extends V1CounterSetFluent<V1CounterSetBuilder> {
  public V1CounterSetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CounterSetBuilder(V1CounterSet instance) {
    super(instance);
  }

  public V1CounterSet build() {
    return toModel();
  }
}
