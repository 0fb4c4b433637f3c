package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ParamKind}: {@code new V1ParamKindBuilder().withX(...)...build()}. */
public class V1ParamKindBuilder extends V1ParamKindFluent<V1ParamKindBuilder> {
  public V1ParamKindBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ParamKindBuilder(V1ParamKind instance) {
    super(instance);
  }

  public V1ParamKind build() {
    return toModel();
  }
}
