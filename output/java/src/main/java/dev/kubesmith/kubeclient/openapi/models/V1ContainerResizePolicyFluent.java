package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ContainerResizePolicy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerResizePolicyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerResizePolicyFluent<A extends V1ContainerResizePolicyFluent<A>> {
  private String resourceName;
  private String restartPolicy;

  public V1ContainerResizePolicyFluent() {}

  public V1ContainerResizePolicyFluent(V1ContainerResizePolicy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerResizePolicy instance) {
    if (instance != null) {
      this.resourceName = instance.getResourceName();
      this.restartPolicy = instance.getRestartPolicy();
    }
  }

  /** A new {@link V1ContainerResizePolicy} holding what was set (lists and maps copied). */
  V1ContainerResizePolicy toModel() {
    V1ContainerResizePolicy o = new V1ContainerResizePolicy();
    o.setResourceName(resourceName);
    o.setRestartPolicy(restartPolicy);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getResourceName() {
    return resourceName;
  }

  public A withResourceName(String resourceName) {
    this.resourceName = resourceName;
    return self();
  }

  public boolean hasResourceName() {
    return resourceName != null;
  }

  public String getRestartPolicy() {
    return restartPolicy;
  }

  public A withRestartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
    return self();
  }

  public boolean hasRestartPolicy() {
    return restartPolicy != null;
  }
}
