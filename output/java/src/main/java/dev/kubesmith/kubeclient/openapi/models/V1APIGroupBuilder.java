package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIGroup}: {@code new V1APIGroupBuilder().withX(...)...build()}. */
public class V1APIGroupBuilder extends V1APIGroupFluent<V1APIGroupBuilder> {
  public V1APIGroupBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIGroupBuilder(V1APIGroup instance) {
    super(instance);
  }

  public V1APIGroup build() {
    return toModel();
  }
}
