package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1NodeList}: {@code new V1NodeListBuilder().withX(...)...build()}. */
public class V1NodeListBuilder extends V1NodeListFluent<V1NodeListBuilder> {
  public V1NodeListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1NodeListBuilder(V1NodeList instance) {
    super(instance);
  }

  public V1NodeList build() {
    return toModel();
  }
}
