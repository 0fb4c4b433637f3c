package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1beta2DeviceTaint}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2DeviceTaintBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2DeviceTaintFluent<A extends V1beta2DeviceTaintFluent<A>> {
  private String effect;
  private String key;
  private OffsetDateTime timeAdded;
  private String value;

  public V1beta2DeviceTaintFluent() {}

  public V1beta2DeviceTaintFluent(V1beta2DeviceTaint instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2DeviceTaint instance) {
    if (instance != null) {
      this.effect = instance.getEffect();
      this.key = instance.getKey();
      this.timeAdded = instance.getTimeAdded();
      this.value = instance.getValue();
    }
  }

  /** A new {@link V1beta2DeviceTaint} holding what was set (lists and maps copied). */
  V1beta2DeviceTaint toModel() {
    V1beta2DeviceTaint o = new V1beta2DeviceTaint();
    o.setEffect(effect);
    o.setKey(key);
    o.setTimeAdded(timeAdded);
    o.setValue(value);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getEffect() {
    return effect;
  }

  public A withEffect(String effect) {
    this.effect = effect;
    return self();
  }

  public boolean hasEffect() {
    return effect != null;
  }

  public String getKey() {
    return key;
  }

  public A withKey(String key) {
    this.key = key;
    return self();
  }

  public boolean hasKey() {
    return key != null;
  }

  public OffsetDateTime getTimeAdded() {
    return timeAdded;
  }

  public A withTimeAdded(OffsetDateTime timeAdded) {
    this.timeAdded = timeAdded;
    return self();
  }

  public boolean hasTimeAdded() {
    return timeAdded != null;
  }

  public String getValue() {
    return value;
  }

  public A withValue(String value) {
    this.value = value;
    return self();
  }

  public boolean hasValue() {
    return value != null;
  }
}
