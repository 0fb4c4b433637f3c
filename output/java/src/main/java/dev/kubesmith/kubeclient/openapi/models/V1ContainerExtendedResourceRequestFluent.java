package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ContainerExtendedResourceRequest}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerExtendedResourceRequestBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerExtendedResourceRequestFluent<A extends V1ContainerExtendedResourceRequestFluent<A>> {
  private String containerName;
  private String requestName;
  private String resourceName;

  public V1ContainerExtendedResourceRequestFluent() {}

  public V1ContainerExtendedResourceRequestFluent(V1ContainerExtendedResourceRequest instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerExtendedResourceRequest instance) {
    if (instance != null) {
      this.containerName = instance.getContainerName();
      this.requestName = instance.getRequestName();
      this.resourceName = instance.getResourceName();
    }
  }

  /** A new {@link V1ContainerExtendedResourceRequest} holding what was set (lists and maps copied). */
  V1ContainerExtendedResourceRequest toModel() {
    V1ContainerExtendedResourceRequest o = new V1ContainerExtendedResourceRequest();
    o.setContainerName(containerName);
    o.setRequestName(requestName);
    o.setResourceName(resourceName);
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

  public String getRequestName() {
    return requestName;
  }

  public A withRequestName(String requestName) {
    this.requestName = requestName;
    return self();
  }

  public boolean hasRequestName() {
    return requestName != null;
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
}
