package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1Sysctl}: {@code new V1SysctlBuilder().withX(...)...build()}. */
public class V1SysctlBuilder extends V1SysctlFluent<V1SysctlBuilder> {
  public V1SysctlBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1SysctlBuilder(V1Sysctl instance) {
    super(instance);
  }

  public V1Sysctl build() {
    return toModel();
  }
}
