package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2Counter}: {@code new V1beta2CounterBuilder().withX(...)...build()}. */
public class V1beta2CounterBuilder extends V1beta2CounterFluent<V1beta2CounterBuilder> {
  public V1beta2CounterBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2CounterBuilder(V1beta2Counter instance) {
    super(instance);
  }

  public V1beta2Counter build() {
    return toModel();
  }
}
