package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ListMeta}: {@code new V1ListMetaBuilder().withX(...)...build()}. */
public class V1ListMetaBuilder extends V1ListMetaFluent<V1ListMetaBuilder> {
  public V1ListMetaBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ListMetaBuilder(V1ListMeta instance) {
    super(instance);
  }

  public V1ListMeta build() {
    return toModel();
  }
}
