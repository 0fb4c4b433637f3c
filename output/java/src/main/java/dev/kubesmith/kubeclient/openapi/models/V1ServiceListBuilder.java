package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ServiceList}: {@code new V1ServiceListBuilder().withX(...)...build()}. */
public class V1ServiceListBuilder extends V1ServiceListFluent<V1ServiceListBuilder> {
  public V1ServiceListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ServiceListBuilder(V1ServiceList instance) {
    super(instance);
  }

  public V1ServiceList build() {
    return toModel();
  }
}
