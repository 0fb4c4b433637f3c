package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1DeviceCounterConsumption}: {@code new V1DeviceCounterConsumptionBuilder().withX(...)...build()}. */
public class V1DeviceCounterConsumptionBuilder extends V1DeviceCounterConsumptionFluent<V1DeviceCounterConsumptionBuilder> {
  public V1DeviceCounterConsumptionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1DeviceCounterConsumptionBuilder(V1DeviceCounterConsumption instance) {
    super(instance);
  }

  public V1DeviceCounterConsumption build() {
    return toModel();
  }
}
