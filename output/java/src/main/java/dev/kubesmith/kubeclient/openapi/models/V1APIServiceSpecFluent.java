package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1APIServiceSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1APIServiceSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1APIServiceSpecFluent<A extends V1APIServiceSpecFluent<A>> {
  private byte[] caBundle;
  private String group;
  private Integer groupPriorityMinimum;
  private Boolean insecureSkipTLSVerify;
  private ApiregistrationV1ServiceReference service;
  private String version;
  private Integer versionPriority;

  public V1APIServiceSpecFluent() {}

  public V1APIServiceSpecFluent(V1APIServiceSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1APIServiceSpec instance) {
    if (instance != null) {
      this.caBundle = instance.getCaBundle();
      this.group = instance.getGroup();
      this.groupPriorityMinimum = instance.getGroupPriorityMinimum();
      this.insecureSkipTLSVerify = instance.getInsecureSkipTLSVerify();
      this.service = instance.getService();
      this.version = instance.getVersion();
      this.versionPriority = instance.getVersionPriority();
    }
  }

  /** A new {@link V1APIServiceSpec} holding what was set (lists and maps copied). */
  V1APIServiceSpec toModel() {
    V1APIServiceSpec o = new V1APIServiceSpec();
    o.setCaBundle(caBundle);
    o.setGroup(group);
    o.setGroupPriorityMinimum(groupPriorityMinimum);
    o.setInsecureSkipTLSVerify(insecureSkipTLSVerify);
    o.setService(service);
    o.setVersion(version);
    o.setVersionPriority(versionPriority);
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

  public String getGroup() {
    return group;
  }

  public A withGroup(String group) {
    this.group = group;
    return self();
  }

  public boolean hasGroup() {
    return group != null;
  }

  public Integer getGroupPriorityMinimum() {
    return groupPriorityMinimum;
  }

  public A withGroupPriorityMinimum(Integer groupPriorityMinimum) {
    this.groupPriorityMinimum = groupPriorityMinimum;
    return self();
  }

  public boolean hasGroupPriorityMinimum() {
    return groupPriorityMinimum != null;
  }

  public Boolean getInsecureSkipTLSVerify() {
    return insecureSkipTLSVerify;
  }

  public A withInsecureSkipTLSVerify(Boolean insecureSkipTLSVerify) {
    this.insecureSkipTLSVerify = insecureSkipTLSVerify;
    return self();
  }

  public boolean hasInsecureSkipTLSVerify() {
    return insecureSkipTLSVerify != null;
  }

  public ApiregistrationV1ServiceReference getService() {
    return service;
  }

  public A withService(ApiregistrationV1ServiceReference service) {
    this.service = service;
    return self();
  }

  public boolean hasService() {
    return service != null;
  }

  public ApiregistrationV1ServiceReference buildService() {
    return service;
  }

  public ServiceNested withNewService() {
    return new ServiceNested(null);
  }

  public ServiceNested withNewServiceLike(ApiregistrationV1ServiceReference item) {
    return new ServiceNested(item);
  }

  public ServiceNested editService() {
    return new ServiceNested(service);
  }

  public ServiceNested editOrNewService() {
    return new ServiceNested(service != null ? service : new ApiregistrationV1ServiceReference());
  }

  public ServiceNested editOrNewServiceLike(ApiregistrationV1ServiceReference item) {
    return new ServiceNested(service != null ? service : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ServiceNested extends ApiregistrationV1ServiceReferenceFluent<ServiceNested> {
    ServiceNested(ApiregistrationV1ServiceReference item) {
      super(item);
    }

    public A and() {
      return V1APIServiceSpecFluent.this.withService(toModel());
    }

    public A endService() {
      return and();
    }
  }

  public String getVersion() {
    return version;
  }

  public A withVersion(String version) {
    this.version = version;
    return self();
  }

  public boolean hasVersion() {
    return version != null;
  }

  public Integer getVersionPriority() {
    return versionPriority;
  }

  public A withVersionPriority(Integer versionPriority) {
    this.versionPriority = versionPriority;
    return self();
  }

  public boolean hasVersionPriority() {
    return versionPriority != null;
  }
}
