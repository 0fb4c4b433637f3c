package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CronJobList}: {@code new V1CronJobListBuilder().withX(...)...build()}. */
public class V1CronJobListBuilder extends V1CronJobListFluent<V1CronJobListBuilder> {
  public V1CronJobListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CronJobListBuilder(V1CronJobList instance) {
    super(instance);
  }

  public V1CronJobList build() {
    return toModel();
  }
}
