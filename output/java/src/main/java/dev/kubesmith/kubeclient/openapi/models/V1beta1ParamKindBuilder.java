package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1ParamKind}: {@code new V1beta1ParamKindBuilder().withX(...)...build()}. */
public class V1beta1ParamKindBuilder extends V1beta1ParamKindFluent<V1beta1ParamKindBuilder> {
  public V1beta1ParamKindBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1ParamKindBuilder(V1beta1ParamKind instance) {
    super(instance);
  }

  public V1beta1ParamKind build() {
    return toModel();
  }
}
