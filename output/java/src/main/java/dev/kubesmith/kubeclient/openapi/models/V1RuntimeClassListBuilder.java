package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1RuntimeClassList}: {@code new V1RuntimeClassListBuilder().withX(...)...build()}. */
public class V1RuntimeClassListBuilder extends V1RuntimeClassListFluent<V1RuntimeClassListBuilder> {
  public V1RuntimeClassListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1RuntimeClassListBuilder(V1RuntimeClassList instance) {
    super(instance);
  }

  public V1RuntimeClassList build() {
    return toModel();
  }
}
