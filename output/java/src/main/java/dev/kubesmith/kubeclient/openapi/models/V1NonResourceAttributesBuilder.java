package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NonResourceAttributes}: {@code new V1NonResourceAttributesBuilder().withX(...)...build()}. */
public class V1NonResourceAttributesBuilder extends V1NonResourceAttributesFluent<V1NonResourceAttributesBuilder> {
  public V1NonResourceAttributesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NonResourceAttributesBuilder(V1NonResourceAttributes instance) {
    super(instance);
  }

  public V1NonResourceAttributes build() {
    return toModel();
  }
}
