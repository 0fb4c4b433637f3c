package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatusDetails}: {@code new V1StatusDetailsBuilder().withX(...)...build()}. */
public class V1StatusDetailsBuilder extends V1StatusDetailsFluent<V1StatusDetailsBuilder> {
  public V1StatusDetailsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatusDetailsBuilder(V1StatusDetails instance) {
    super(instance);
  }

  public V1StatusDetails build() {
    return toModel();
  }
}
