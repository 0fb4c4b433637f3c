package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link ApiextensionsV1WebhookClientConfig}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link ApiextensionsV1WebhookClientConfigBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class ApiextensionsV1WebhookClientConfigFluent<A extends ApiextensionsV1WebhookClientConfigFluent<A>> {
  private byte[] caBundle;
  private ApiextensionsV1ServiceReference service;
  private String url;

  public ApiextensionsV1WebhookClientConfigFluent() {}

  public ApiextensionsV1WebhookClientConfigFluent(ApiextensionsV1WebhookClientConfig instance) {
    copyInstance(instance);
  }

  protected void copyInstance(ApiextensionsV1WebhookClientConfig instance) {
    if (instance != null) {
      this.caBundle = instance.getCaBundle();
      this.service = instance.getService();
      this.url = instance.getUrl();
    }
  }

  /** A new {@link ApiextensionsV1WebhookClientConfig} holding what was set (lists and maps copied). */
  ApiextensionsV1WebhookClientConfig toModel() {
    ApiextensionsV1WebhookClientConfig o = new ApiextensionsV1WebhookClientConfig();
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

  public ApiextensionsV1ServiceReference getService() {
    return service;
  }

  public A withService(ApiextensionsV1ServiceReference service) {
    this.service = service;
    return self();
  }

  public boolean hasService() {
    return service != null;
  }

  public ApiextensionsV1ServiceReference buildService() {
    return service;
  }

  public ServiceNested withNewService() {
    return new ServiceNested(null);
  }

  public ServiceNested withNewServiceLike(ApiextensionsV1ServiceReference item) {
    return new ServiceNested(item);
  }

  public ServiceNested editService() {
    return new ServiceNested(service);
  }

  public ServiceNested editOrNewService() {
    return new ServiceNested(service != null ? service : new ApiextensionsV1ServiceReference());
  }

  public ServiceNested editOrNewServiceLike(ApiextensionsV1ServiceReference item) {
    return new ServiceNested(service != null ? service : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ServiceNested extends ApiextensionsV1ServiceReferenceFluent<ServiceNested> {
    ServiceNested(ApiextensionsV1ServiceReference item) {
      super(item);
    }

    public A and() {
      return ApiextensionsV1WebhookClientConfigFluent.this.withService(toModel());
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
