package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1DeviceCapacity}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceCapacityBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceCapacityFluent<A extends V1DeviceCapacityFluent<A>> {
  private V1CapacityRequestPolicy requestPolicy;
  private Quantity value;

  public V1DeviceCapacityFluent() {}

  public V1DeviceCapacityFluent(V1DeviceCapacity instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceCapacity instance) {
    if (instance != null) {
      this.requestPolicy = instance.getRequestPolicy();
      this.value = instance.getValue();
    }
  }

  /** A new {@link V1DeviceCapacity} holding what was set (lists and maps copied). */
  V1DeviceCapacity toModel() {
    V1DeviceCapacity o = new V1DeviceCapacity();
    o.setRequestPolicy(requestPolicy);
    o.setValue(value);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1CapacityRequestPolicy getRequestPolicy() {
    return requestPolicy;
  }

  public A withRequestPolicy(V1CapacityRequestPolicy requestPolicy) {
    this.requestPolicy = requestPolicy;
    return self();
  }

  public boolean hasRequestPolicy() {
    return requestPolicy != null;
  }

  public V1CapacityRequestPolicy buildRequestPolicy() {
    return requestPolicy;
  }

  public RequestPolicyNested withNewRequestPolicy() {
    return new RequestPolicyNested(null);
  }

  public RequestPolicyNested withNewRequestPolicyLike(V1CapacityRequestPolicy item) {
    return new RequestPolicyNested(item);
  }

  public RequestPolicyNested editRequestPolicy() {
    return new RequestPolicyNested(requestPolicy);
  }

  public RequestPolicyNested editOrNewRequestPolicy() {
    return new RequestPolicyNested(requestPolicy != null ? requestPolicy : new V1CapacityRequestPolicy());
  }

  public RequestPolicyNested editOrNewRequestPolicyLike(V1CapacityRequestPolicy item) {
    return new RequestPolicyNested(requestPolicy != null ? requestPolicy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RequestPolicyNested extends V1CapacityRequestPolicyFluent<RequestPolicyNested> {
    RequestPolicyNested(V1CapacityRequestPolicy item) {
      super(item);
    }

    public A and() {
      return V1DeviceCapacityFluent.this.withRequestPolicy(toModel());
    }

    public A endRequestPolicy() {
      return and();
    }
  }

  public Quantity getValue() {
    return value;
  }

  public A withValue(Quantity value) {
    this.value = value;
    return self();
  }

  public boolean hasValue() {
    return value != null;
  }
}
