package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HTTPIngressPath}: {@code new V1HTTPIngressPathBuilder().withX(...)...build()}. */
public class V1HTTPIngressPathBuilder extends V1HTTPIngressPathFluent<V1HTTPIngressPathBuilder> {
  public V1HTTPIngressPathBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HTTPIngressPathBuilder(V1HTTPIngressPath instance) {
    super(instance);
  }

  public V1HTTPIngressPath build() {
    return toModel();
  }
}
