package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SecretList}: {@code new V1SecretListBuilder().withX(...)...build()}. */
public class V1SecretListBuilder extends V1SecretListFluent<V1SecretListBuilder> {
  public V1SecretListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SecretListBuilder(V1SecretList instance) {
    super(instance);
  }

  public V1SecretList build() {
    return toModel();
  }
}
