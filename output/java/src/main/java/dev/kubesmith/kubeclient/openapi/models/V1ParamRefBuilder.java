package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ParamRef}: {@code new V1ParamRefBuilder().withX(...)...build()}. */
public class V1ParamRefBuilder extends V1ParamRefFluent<V1ParamRefBuilder> {
  public V1ParamRefBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ParamRefBuilder(V1ParamRef instance) {
    super(instance);
  }

  public V1ParamRef build() {
    return toModel();
  }
}
