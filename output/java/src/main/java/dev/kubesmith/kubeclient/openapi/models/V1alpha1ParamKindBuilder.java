package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1ParamKind}: {@code new V1alpha1ParamKindBuilder().withX(...)...build()}. */
public class V1alpha1ParamKindBuilder extends V1alpha1ParamKindFluent<V1alpha1ParamKindBuilder> {
  public V1alpha1ParamKindBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1ParamKindBuilder(V1alpha1ParamKind instance) {
    super(instance);
  }

  public V1alpha1ParamKind build() {
    return toModel();
  }
}
