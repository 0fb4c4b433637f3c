package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1APIVersions}: {@code new V1APIVersionsBuilder().withX(...)...build()}. */
public class V1APIVersionsBuilder extends V1APIVersionsFluent<V1APIVersionsBuilder> {
  public V1APIVersionsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1APIVersionsBuilder(V1APIVersions instance) {
    super(instance);
  }

  public V1APIVersions build() {
    return toModel();
  }
}
