package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceConstraint}: {@code new V1beta1DeviceConstraintBuilder().withX(...)...build()}. */
public class V1beta1DeviceConstraintBuilder extends V1beta1DeviceConstraintFluent<V1beta1DeviceConstraintBuilder> {
  public V1beta1DeviceConstraintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceConstraintBuilder(V1beta1DeviceConstraint instance) {
    super(instance);
  }

  public V1beta1DeviceConstraint build() {
    return toModel();
  }
}
