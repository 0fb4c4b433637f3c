package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1ParamRef}: {@code new V1alpha1ParamRefBuilder().withX(...)...build()}. */
public class V1alpha1ParamRefBuilder extends V1alpha1ParamRefFluent<V1alpha1ParamRefBuilder> {
  public V1alpha1ParamRefBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1ParamRefBuilder(V1alpha1ParamRef instance) {
    super(instance);
  }

  public V1alpha1ParamRef build() {
    return toModel();
  }
}
