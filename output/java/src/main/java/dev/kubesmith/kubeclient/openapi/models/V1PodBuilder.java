package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Pod}: {@code new V1PodBuilder().withX(...)...build()}. */
public class V1PodBuilder extends V1PodFluent<V1PodBuilder> {
  public V1PodBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodBuilder(V1Pod instance) {
    super(instance);
  }

  public V1Pod build() {
    return toModel();
  }
}
