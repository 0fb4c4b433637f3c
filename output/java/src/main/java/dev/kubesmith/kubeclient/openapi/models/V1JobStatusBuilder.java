package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1JobStatus}: {@code new V1JobStatusBuilder().withX(...)...build()}. */
public class V1JobStatusBuilder extends V1JobStatusFluent<V1JobStatusBuilder> {
  public V1JobStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JobStatusBuilder(V1JobStatus instance) {
    super(instance);
  }

  public V1JobStatus build() {
    return toModel();
  }
}
