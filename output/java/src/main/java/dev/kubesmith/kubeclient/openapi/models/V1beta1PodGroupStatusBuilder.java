package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroupStatus}: {@code new V1beta1PodGroupStatusBuilder().withX(...)...build()}. */
public class V1beta1PodGroupStatusBuilder extends V1beta1PodGroupStatusFluent<V1beta1PodGroupStatusBuilder> {
  public V1beta1PodGroupStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupStatusBuilder(V1beta1PodGroupStatus instance) {
    super(instance);
  }

  public V1beta1PodGroupStatus build() {
    return toModel();
  }
}
