package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ClusterTrustBundleProjection}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ClusterTrustBundleProjectionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ClusterTrustBundleProjectionFluent<A extends V1ClusterTrustBundleProjectionFluent<A>> {
  private V1LabelSelector labelSelector;
  private String name;
  private Boolean optional;
  private String path;
  private String signerName;
  private Long user;

  public V1ClusterTrustBundleProjectionFluent() {}

  public V1ClusterTrustBundleProjectionFluent(V1ClusterTrustBundleProjection instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ClusterTrustBundleProjection instance) {
    if (instance != null) {
      this.labelSelector = instance.getLabelSelector();
      this.name = instance.getName();
      this.optional = instance.getOptional();
      this.path = instance.getPath();
      this.signerName = instance.getSignerName();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1ClusterTrustBundleProjection} holding what was set (lists and maps copied). */
  V1ClusterTrustBundleProjection toModel() {
    V1ClusterTrustBundleProjection o = new V1ClusterTrustBundleProjection();
    o.setLabelSelector(labelSelector);
    o.setName(name);
    o.setOptional(optional);
    o.setPath(path);
    o.setSignerName(signerName);
    o.setUser(user);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1LabelSelector getLabelSelector() {
    return labelSelector;
  }

  public A withLabelSelector(V1LabelSelector labelSelector) {
    this.labelSelector = labelSelector;
    return self();
  }

  public boolean hasLabelSelector() {
    return labelSelector != null;
  }

  public V1LabelSelector buildLabelSelector() {
    return labelSelector;
  }

  public LabelSelectorNested withNewLabelSelector() {
    return new LabelSelectorNested(null);
  }

  public LabelSelectorNested withNewLabelSelectorLike(V1LabelSelector item) {
    return new LabelSelectorNested(item);
  }

  public LabelSelectorNested editLabelSelector() {
    return new LabelSelectorNested(labelSelector);
  }

  public LabelSelectorNested editOrNewLabelSelector() {
    return new LabelSelectorNested(labelSelector != null ? labelSelector : new V1LabelSelector());
  }

  public LabelSelectorNested editOrNewLabelSelectorLike(V1LabelSelector item) {
    return new LabelSelectorNested(labelSelector != null ? labelSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LabelSelectorNested extends V1LabelSelectorFluent<LabelSelectorNested> {
    LabelSelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V1ClusterTrustBundleProjectionFluent.this.withLabelSelector(toModel());
    }

    public A endLabelSelector() {
      return and();
    }
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public Boolean getOptional() {
    return optional;
  }

  public A withOptional(Boolean optional) {
    this.optional = optional;
    return self();
  }

  public boolean hasOptional() {
    return optional != null;
  }

  public String getPath() {
    return path;
  }

  public A withPath(String path) {
    this.path = path;
    return self();
  }

  public boolean hasPath() {
    return path != null;
  }

  public String getSignerName() {
    return signerName;
  }

  public A withSignerName(String signerName) {
    this.signerName = signerName;
    return self();
  }

  public boolean hasSignerName() {
    return signerName != null;
  }

  public Long getUser() {
    return user;
  }

  public A withUser(Long user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }
}
