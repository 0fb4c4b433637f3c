package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CronJob}: {@code new V1CronJobBuilder().withX(...)...build()}. */
public class V1CronJobBuilder extends V1CronJobFluent<V1CronJobBuilder> {
  public V1CronJobBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CronJobBuilder(V1CronJob instance) {
    super(instance);
  }

  public V1CronJob build() {
    return toModel();
  }
}
