package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Scheduling}: {@code new V1SchedulingBuilder().withX(...)...build()}. */
public class V1SchedulingBuilder extends V1SchedulingFluent<V1SchedulingBuilder> {
  public V1SchedulingBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SchedulingBuilder(V1Scheduling instance) {
    super(instance);
  }

  public V1Scheduling build() {
    return toModel();
  }
}
