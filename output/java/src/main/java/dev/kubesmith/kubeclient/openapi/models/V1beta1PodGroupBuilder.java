package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1PodGroup}: {@code new V1beta1PodGroupBuilder().withX(...)...build()}. */
public class V1beta1PodGroupBuilder extends V1beta1PodGroupFluent<V1beta1PodGroupBuilder> {
  public V1beta1PodGroupBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1PodGroupBuilder(V1beta1PodGroup instance) {
    super(instance);
  }

  public V1beta1PodGroup build() {
    return toModel();
  }
}
