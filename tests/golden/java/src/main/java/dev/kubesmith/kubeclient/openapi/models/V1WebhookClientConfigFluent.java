package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1WebhookClientConfig}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1WebhookClientConfigBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1WebhookClientConfigFluent<A extends V1WebhookClientConfigFluent<A>> {
  private byte[] caBundle;
  private V1ServiceReference service;
  private String url;

  public V1WebhookClientConfigFluent() {}

  public V1WebhookClientConfigFluent(V1WebhookClientConfig instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1WebhookClientConfig instance) {
    if (instance != null) {
      this.caBundle = instance.getCaBundle();
      this.service = instance.getService();
      this.url = instance.getUrl();
    }
  }

  /** A new {@link V1WebhookClientConfig} holding what was set (lists and maps copied). */
  V1WebhookClientConfig toModel() {
    V1WebhookClientConfig o = new V1WebhookClientConfig();
    o.setCaBundle(caBundle);
    o.setService(service);
    o.setUrl(url);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public byte[] getCaBundle() {
    return caBundle;
  }

  public A withCaBundle(byte[] caBundle) {
    this.caBundle = caBundle;
    return self();
  }

  public boolean hasCaBundle() {
    return caBundle != null;
  }

  public V1ServiceReference getService() {
    return service;
  }

  public A withService(V1ServiceReference service) {
    this.service = service;
    return self();
  }

  public boolean hasService() {
    return service != null;
  }

  public V1ServiceReference buildService() {
    return service;
  }

  public ServiceNested withNewService() {
    return new ServiceNested(null);
  }

  public ServiceNested withNewServiceLike(V1ServiceReference item) {
    return new ServiceNested(item);
  }

  public ServiceNested editService() {
    return new ServiceNested(service);
  }

  public ServiceNested editOrNewService() {
    return new ServiceNested(service != null ? service : new V1ServiceReference());
  }

  public ServiceNested editOrNewServiceLike(V1ServiceReference item) {
    return new ServiceNested(service != null ? service : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ServiceNested extends V1ServiceReferenceFluent<ServiceNested> {
    ServiceNested(V1ServiceReference item) {
      super(item);
    }

    public A and() {
      return V1WebhookClientConfigFluent.this.withService(toModel());
    }

    public A endService() {
      return and();
    }
  }

  public String getUrl() {
    return url;
  }

  public A withUrl(String url) {
    this.url = url;
    return self();
  }

  public boolean hasUrl() {
    return url != null;
  }
}
