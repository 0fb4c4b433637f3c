package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HostIP}: {@code new V1HostIPBuilder().withX(...)...build()}. */
public class V1HostIPBuilder extends V1HostIPFluent<V1HostIPBuilder> {
  public V1HostIPBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HostIPBuilder(V1HostIP instance) {
    super(instance);
  }

  public V1HostIP build() {
    return toModel();
  }
}
