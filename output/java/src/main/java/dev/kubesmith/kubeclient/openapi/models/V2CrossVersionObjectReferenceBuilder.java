package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V2CrossVersionObjectReference}: {@code new V2CrossVersionObjectReferenceBuilder().withX(...)...build()}. */
public class V2CrossVersionObjectReferenceBuilder extends V2CrossVersionObjectReferenceFluent<V2CrossVersionObjectReferenceBuilder> {
  public V2CrossVersionObjectReferenceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V2CrossVersionObjectReferenceBuilder(V2CrossVersionObjectReference instance) {
    super(instance);
  }

  public V2CrossVersionObjectReference build() {
    return toModel();
  }
}
