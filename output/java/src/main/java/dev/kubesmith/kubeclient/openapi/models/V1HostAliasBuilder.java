package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1HostAlias}: {@code new V1HostAliasBuilder().withX(...)...build()}. */
public class V1HostAliasBuilder extends V1HostAliasFluent<V1HostAliasBuilder> {
  public V1HostAliasBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1HostAliasBuilder(V1HostAlias instance) {
    super(instance);
  }

  public V1HostAlias build() {
    return toModel();
  }
}
