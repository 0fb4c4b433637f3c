package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodSchedulingGroup}: {@code new V1PodSchedulingGroupBuilder().withX(...)...build()}. */
public class V1PodSchedulingGroupBuilder extends V1PodSchedulingGroupFluent<V1PodSchedulingGroupBuilder> {
  public V1PodSchedulingGroupBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodSchedulingGroupBuilder(V1PodSchedulingGroup instance) {
    super(instance);
  }

  public V1PodSchedulingGroup build() {
    return toModel();
  }
}
