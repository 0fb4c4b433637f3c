package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta1DeviceCounterConsumption}: {@code new V1beta1DeviceCounterConsumptionBuilder().withX(...)...build()}. */
public class V1beta1DeviceCounterConsumptionBuilder extends V1beta1DeviceCounterConsumptionFluent<V1beta1DeviceCounterConsumptionBuilder> {
  public V1beta1DeviceCounterConsumptionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta1DeviceCounterConsumptionBuilder(V1beta1DeviceCounterConsumption instance) {
    super(instance);
  }

  public V1beta1DeviceCounterConsumption build() {
    return toModel();
  }
}
