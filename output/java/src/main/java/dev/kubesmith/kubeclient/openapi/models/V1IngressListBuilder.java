package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressList}: {@code new V1IngressListBuilder().withX(...)...build()}. */
public class V1IngressListBuilder extends V1IngressListFluent<V1IngressListBuilder> {
  public V1IngressListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressListBuilder(V1IngressList instance) {
    super(instance);
  }

  public V1IngressList build() {
    return toModel();
  }
}
