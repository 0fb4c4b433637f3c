package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link AdmissionregistrationV1WebhookClientConfig}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link AdmissionregistrationV1WebhookClientConfigBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class AdmissionregistrationV1WebhookClientConfigFluent<A extends AdmissionregistrationV1WebhookClientConfigFluent<A>> {
  private byte[] caBundle;
  private AdmissionregistrationV1ServiceReference service;
  private String url;

  public AdmissionregistrationV1WebhookClientConfigFluent() {}

  public AdmissionregistrationV1WebhookClientConfigFluent(AdmissionregistrationV1WebhookClientConfig instance) {
    copyInstance(instance);
  }

  protected void copyInstance(AdmissionregistrationV1WebhookClientConfig instance) {
    if (instance != null) {
      this.caBundle = instance.getCaBundle();
      this.service = instance.getService();
      this.url = instance.getUrl();
    }
  }

  /** A new {@link AdmissionregistrationV1WebhookClientConfig} holding what was set (lists and maps copied). */
  AdmissionregistrationV1WebhookClientConfig toModel() {
    AdmissionregistrationV1WebhookClientConfig o = new AdmissionregistrationV1WebhookClientConfig();
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

  public AdmissionregistrationV1ServiceReference getService() {
    return service;
  }

  public A withService(AdmissionregistrationV1ServiceReference service) {
    this.service = service;
    return self();
  }

  public boolean hasService() {
    return service != null;
  }

  public AdmissionregistrationV1ServiceReference buildService() {
    return service;
  }

  public ServiceNested withNewService() {
    return new ServiceNested(null);
  }

  public ServiceNested withNewServiceLike(AdmissionregistrationV1ServiceReference item) {
    return new ServiceNested(item);
  }

  public ServiceNested editService() {
    return new ServiceNested(service);
  }

  public ServiceNested editOrNewService() {
    return new ServiceNested(service != null ? service : new AdmissionregistrationV1ServiceReference());
  }

  public ServiceNested editOrNewServiceLike(AdmissionregistrationV1ServiceReference item) {
    return new ServiceNested(service != null ? service : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ServiceNested extends AdmissionregistrationV1ServiceReferenceFluent<ServiceNested> {
    ServiceNested(AdmissionregistrationV1ServiceReference item) {
      super(item);
    }

    public A and() {
      return AdmissionregistrationV1WebhookClientConfigFluent.this.withService(toModel());
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
