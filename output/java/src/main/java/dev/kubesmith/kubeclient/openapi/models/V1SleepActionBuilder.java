package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SleepAction}: {@code new V1SleepActionBuilder().withX(...)...build()}. */
public class V1SleepActionBuilder extends V1SleepActionFluent<V1SleepActionBuilder> {
  public V1SleepActionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SleepActionBuilder(V1SleepAction instance) {
    super(instance);
  }

  public V1SleepAction build() {
    return toModel();
  }
}
