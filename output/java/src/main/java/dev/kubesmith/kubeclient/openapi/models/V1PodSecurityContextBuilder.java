package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PodSecurityContext}: {@code new V1PodSecurityContextBuilder().withX(...)...build()}. */
public class V1PodSecurityContextBuilder extends V1PodSecurityContextFluent<V1PodSecurityContextBuilder> {
  public V1PodSecurityContextBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PodSecurityContextBuilder(V1PodSecurityContext instance) {
    super(instance);
  }

  public V1PodSecurityContext build() {
    return toModel();
  }
}
