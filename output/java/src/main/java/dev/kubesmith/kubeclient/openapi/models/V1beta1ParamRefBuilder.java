package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ParamRef}: {@code new V1beta1ParamRefBuilder().withX(...)...build()}. */
public class V1beta1ParamRefBuilder extends V1beta1ParamRefFluent<V1beta1ParamRefBuilder> {
  public V1beta1ParamRefBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ParamRefBuilder(V1beta1ParamRef instance) {
    super(instance);
  }

  public V1beta1ParamRef build() {
    return toModel();
  }
}
