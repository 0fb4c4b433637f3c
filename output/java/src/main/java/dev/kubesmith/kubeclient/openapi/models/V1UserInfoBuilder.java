package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1UserInfo}: {@code new V1UserInfoBuilder().withX(...)...build()}. */
public class V1UserInfoBuilder extends V1UserInfoFluent<V1UserInfoBuilder> {
  public V1UserInfoBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1UserInfoBuilder(V1UserInfo instance) {
    super(instance);
  }

  public V1UserInfo build() {
    return toModel();
  }
}
