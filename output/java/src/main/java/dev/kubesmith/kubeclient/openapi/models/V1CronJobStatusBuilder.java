package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CronJobStatus}: {@code new V1CronJobStatusBuilder().withX(...)...build()}. */
public class V1CronJobStatusBuilder extends V1CronJobStatusFluent<V1CronJobStatusBuilder> {
  public V1CronJobStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CronJobStatusBuilder(V1CronJobStatus instance) {
    super(instance);
  }

  public V1CronJobStatus build() {
    return toModel();
  }
}
