package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link VersionInfo}: {@code new VersionInfoBuilder().withX(...)...build()}. */
public class VersionInfoBuilder extends VersionInfoFluent<VersionInfoBuilder> {
  public VersionInfoBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public VersionInfoBuilder(VersionInfo instance) {
    super(instance);
  }

  public VersionInfo build() {
    return toModel();
  }
}
