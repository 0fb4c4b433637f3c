package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1JobList}: {@code new V1JobListBuilder().withX(...)...build()}. */
public class V1JobListBuilder extends V1JobListFluent<V1JobListBuilder> {
  public V1JobListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JobListBuilder(V1JobList instance) {
    super(instance);
  }

  public V1JobList build() {
    return toModel();
  }
}
