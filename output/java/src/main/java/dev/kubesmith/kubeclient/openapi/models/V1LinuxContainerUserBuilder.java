package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1LinuxContainerUser}: {@code new V1LinuxContainerUserBuilder().withX(...)...build()}. */
public class V1LinuxContainerUserBuilder extends V1LinuxContainerUserFluent<V1LinuxContainerUserBuilder> {
  public V1LinuxContainerUserBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1LinuxContainerUserBuilder(V1LinuxContainerUser instance) {
    super(instance);
  }

  public V1LinuxContainerUser build() {
    return toModel();
  }
}
