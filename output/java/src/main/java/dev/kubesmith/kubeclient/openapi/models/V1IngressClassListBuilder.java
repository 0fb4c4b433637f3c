package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1IngressClassList}: {@code new V1IngressClassListBuilder().withX(...)...build()}. */
public class V1IngressClassListBuilder extends V1IngressClassListFluent<V1IngressClassListBuilder> {
  public V1IngressClassListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1IngressClassListBuilder(V1IngressClassList instance) {
    super(instance);
  }

  public V1IngressClassList build() {
    return toModel();
  }
}
