package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1WindowsSecurityContextOptions}: {@code new V1WindowsSecurityContextOptionsBuilder().withX(...)...build()}. */
public class V1WindowsSecurityContextOptionsBuilder extends V1WindowsSecurityContextOptionsFluent<V1WindowsSecurityContextOptionsBuilder> {
  public V1WindowsSecurityContextOptionsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1WindowsSecurityContextOptionsBuilder(V1WindowsSecurityContextOptions instance) {
    super(instance);
  }

  public V1WindowsSecurityContextOptions build() {
    return toModel();
  }
}
