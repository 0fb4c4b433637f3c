package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IngressBackend}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IngressBackendBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IngressBackendFluent<A extends V1IngressBackendFluent<A>> {
  private V1TypedLocalObjectReference resource;
  private V1IngressServiceBackend service;

  public V1IngressBackendFluent() {}

  public V1IngressBackendFluent(V1IngressBackend instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IngressBackend instance) {
    if (instance != null) {
      this.resource = instance.getResource();
      this.service = instance.getService();
    }
  }

  /** A new {@link V1IngressBackend} holding what was set (lists and maps copied). */
  V1IngressBackend toModel() {
    V1IngressBackend o = new V1IngressBackend();
    o.setResource(resource);
    o.setService(service);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1TypedLocalObjectReference getResource() {
    return resource;
  }

  public A withResource(V1TypedLocalObjectReference resource) {
    this.resource = resource;
    return self();
  }

  public boolean hasResource() {
    return resource != null;
  }

  public V1TypedLocalObjectReference buildResource() {
    return resource;
  }

  public ResourceNested withNewResource() {
    return new ResourceNested(null);
  }

  public ResourceNested withNewResourceLike(V1TypedLocalObjectReference item) {
    return new ResourceNested(item);
  }

  public ResourceNested editResource() {
    return new ResourceNested(resource);
  }

  public ResourceNested editOrNewResource() {
    return new ResourceNested(resource != null ? resource : new V1TypedLocalObjectReference());
  }

  public ResourceNested editOrNewResourceLike(V1TypedLocalObjectReference item) {
    return new ResourceNested(resource != null ? resource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourceNested extends V1TypedLocalObjectReferenceFluent<ResourceNested> {
    ResourceNested(V1TypedLocalObjectReference item) {
      super(item);
    }

    public A and() {
      return V1IngressBackendFluent.this.withResource(toModel());
    }

    public A endResource() {
      return and();
    }
  }

  public V1IngressServiceBackend getService() {
    return service;
  }

  public A withService(V1IngressServiceBackend service) {
    this.service = service;
    return self();
  }

  public boolean hasService() {
    return service != null;
  }

  public V1IngressServiceBackend buildService() {
    return service;
  }

  public ServiceNested withNewService() {
    return new ServiceNested(null);
  }

  public ServiceNested withNewServiceLike(V1IngressServiceBackend item) {
    return new ServiceNested(item);
  }

  public ServiceNested editService() {
    return new ServiceNested(service);
  }

  public ServiceNested editOrNewService() {
    return new ServiceNested(service != null ? service : new V1IngressServiceBackend());
  }

  public ServiceNested editOrNewServiceLike(V1IngressServiceBackend item) {
    return new ServiceNested(service != null ? service : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ServiceNested extends V1IngressServiceBackendFluent<ServiceNested> {
    ServiceNested(V1IngressServiceBackend item) {
      super(item);
    }

    public A and() {
      return V1IngressBackendFluent.this.withService(toModel());
    }

    public A endService() {
      return and();
    }
  }
}
