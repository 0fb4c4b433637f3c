package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1beta2DeviceCounterConsumption}: {@code new V1beta2DeviceCounterConsumptionBuilder().withX(...)...build()}. */
public class V1beta2DeviceCounterConsumptionBuilder extends V1beta2DeviceCounterConsumptionFluent<V1beta2DeviceCounterConsumptionBuilder> {
  public V1beta2DeviceCounterConsumptionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1beta2DeviceCounterConsumptionBuilder(V1beta2DeviceCounterConsumption instance) {
    super(instance);
  }

  public V1beta2DeviceCounterConsumption build() {
    return toModel();
  }
}
