package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1Counter}: {@code new V1beta1CounterBuilder().withX(...)...build()}. */
public class V1beta1CounterBuilder extends V1beta1CounterFluent<V1beta1CounterBuilder> {
  public V1beta1CounterBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1CounterBuilder(V1beta1Counter instance) {
    super(instance);
  }

  public V1beta1Counter build() {
    return toModel();
  }
}
