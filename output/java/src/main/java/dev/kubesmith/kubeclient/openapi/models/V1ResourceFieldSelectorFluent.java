package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;

/**
 * The fluent setters of {@link V1ResourceFieldSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourceFieldSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourceFieldSelectorFluent<A extends V1ResourceFieldSelectorFluent<A>> {
  private String containerName;
  private Quantity divisor;
  private String resource;

  public V1ResourceFieldSelectorFluent() {}

  public V1ResourceFieldSelectorFluent(V1ResourceFieldSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourceFieldSelector instance) {
    if (instance != null) {
      this.containerName = instance.getContainerName();
      this.divisor = instance.getDivisor();
      this.resource = instance.getResource();
    }
  }

  /** A new {@link V1ResourceFieldSelector} holding what was set (lists and maps copied). */
  V1ResourceFieldSelector toModel() {
    V1ResourceFieldSelector o = new V1ResourceFieldSelector();
    o.setContainerName(containerName);
    o.setDivisor(divisor);
    o.setResource(resource);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getContainerName() {
    return containerName;
  }

  public A withContainerName(String containerName) {
    this.containerName = containerName;
    return self();
  }

  public boolean hasContainerName() {
    return containerName != null;
  }

  public Quantity getDivisor() {
    return divisor;
  }

  public A withDivisor(Quantity divisor) {
    this.divisor = divisor;
    return self();
  }

  public boolean hasDivisor() {
    return divisor != null;
  }

  public String getResource() {
    return resource;
  }

  public A withResource(String resource) {
    this.resource = resource;
    return self();
  }

  public boolean hasResource() {
    return resource != null;
  }
}
