package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Job}: {@code new V1JobBuilder().withX(...)...build()}. */
public class V1JobBuilder extends V1JobFluent<V1JobBuilder> {
  public V1JobBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1JobBuilder(V1Job instance) {
    super(instance);
  }

  public V1Job build() {
    return toModel();
  }
}
