package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1TargetResponder}: {@code new V1alpha1TargetResponderBuilder().withX(...)...build()}. */
public class V1alpha1TargetResponderBuilder extends V1alpha1TargetResponderFluent<V1alpha1TargetResponderBuilder> {
  public V1alpha1TargetResponderBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1TargetResponderBuilder(V1alpha1TargetResponder instance) {
    super(instance);
  }

  public V1alpha1TargetResponder build() {
    return toModel();
  }
}
