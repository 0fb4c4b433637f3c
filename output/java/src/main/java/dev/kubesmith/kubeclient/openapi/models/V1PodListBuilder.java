package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodList}: {@code new V1PodListBuilder().withX(...)...build()}. */
public class V1PodListBuilder extends V1PodListFluent<V1PodListBuilder> {
  public V1PodListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodListBuilder(V1PodList instance) {
    super(instance);
  }

  public V1PodList build() {
    return toModel();
  }
}
