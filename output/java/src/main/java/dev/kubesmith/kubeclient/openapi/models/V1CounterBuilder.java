package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Counter}: {@code new V1CounterBuilder().withX(...)...build()}. */
public class V1CounterBuilder extends V1CounterFluent<V1CounterBuilder> {
  public V1CounterBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CounterBuilder(V1Counter instance) {
    super(instance);
  }

  public V1Counter build() {
    return toModel();
  }
}
