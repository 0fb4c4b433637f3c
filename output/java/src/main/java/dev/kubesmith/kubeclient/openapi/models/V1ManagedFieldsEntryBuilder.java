package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ManagedFieldsEntry}: {@code new V1ManagedFieldsEntryBuilder().withX(...)...build()}. */
public class V1ManagedFieldsEntryBuilder extends V1ManagedFieldsEntryFluent<V1ManagedFieldsEntryBuilder> {
  public V1ManagedFieldsEntryBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ManagedFieldsEntryBuilder(V1ManagedFieldsEntry instance) {
    super(instance);
  }

  public V1ManagedFieldsEntry build() {
    return toModel();
  }
}
