package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceConstraint}: {@code new V1beta2DeviceConstraintBuilder().withX(...)...build()}. */
public class V1beta2DeviceConstraintBuilder extends V1beta2DeviceConstraintFluent<V1beta2DeviceConstraintBuilder> {
  public V1beta2DeviceConstraintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceConstraintBuilder(V1beta2DeviceConstraint instance) {
    super(instance);
  }

  public V1beta2DeviceConstraint build() {
    return toModel();
  }
}
