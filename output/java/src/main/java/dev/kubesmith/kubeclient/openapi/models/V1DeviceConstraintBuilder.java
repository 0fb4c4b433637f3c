package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceConstraint}: {@code new V1DeviceConstraintBuilder().withX(...)...build()}. */
public class V1DeviceConstraintBuilder extends V1DeviceConstraintFluent<V1DeviceConstraintBuilder> {
  public V1DeviceConstraintBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceConstraintBuilder(V1DeviceConstraint instance) {
    super(instance);
  }

  public V1DeviceConstraint build() {
    return toModel();
  }
}
