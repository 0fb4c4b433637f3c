package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HTTPGetAction}: {@code new V1HTTPGetActionBuilder().withX(...)...build()}. */
public class V1HTTPGetActionBuilder extends V1HTTPGetActionFluent<V1HTTPGetActionBuilder> {
  public V1HTTPGetActionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HTTPGetActionBuilder(V1HTTPGetAction instance) {
    super(instance);
  }

  public V1HTTPGetAction build() {
    return toModel();
  }
}
