package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodStatus}: {@code new V1PodStatusBuilder().withX(...)...build()}. */
public class V1PodStatusBuilder extends V1PodStatusFluent<V1PodStatusBuilder> {
  public V1PodStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodStatusBuilder(V1PodStatus instance) {
    super(instance);
  }

  public V1PodStatus build() {
    return toModel();
  }
}
