package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1CronJobSpec}: {@code new V1CronJobSpecBuilder().withX(...)...build()}. */
public class V1CronJobSpecBuilder extends V1CronJobSpecFluent<V1CronJobSpecBuilder> {
  public V1CronJobSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1CronJobSpecBuilder(V1CronJobSpec instance) {
    super(instance);
  }

  public V1CronJobSpec build() {
    return toModel();
  }
}
