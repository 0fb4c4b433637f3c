package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1SELinuxOptions}: {@code new V1SELinuxOptionsBuilder().withX(...)...build()}. */
public class V1SELinuxOptionsBuilder extends V1SELinuxOptionsFluent<V1SELinuxOptionsBuilder> {
  public V1SELinuxOptionsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SELinuxOptionsBuilder(V1SELinuxOptions instance) {
    super(instance);
  }

  public V1SELinuxOptions build() {
    return toModel();
  }
}
