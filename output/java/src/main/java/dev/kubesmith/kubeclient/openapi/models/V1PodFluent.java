package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Pod}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodFluent<A extends V1PodFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V1PodSpec spec;
  private V1PodStatus status;

  public V1PodFluent() {}

  public V1PodFluent(V1Pod instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Pod instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.spec = instance.getSpec();
      this.status = instance.getStatus();
    }
  }

  /** A new {@link V1Pod} holding what was set (lists and maps copied). */
  V1Pod toModel() {
    V1Pod o = new V1Pod();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setSpec(spec);
    o.setStatus(status);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1PodFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1PodSpec getSpec() {
    return spec;
  }

  public A withSpec(V1PodSpec spec) {
    this.spec = spec;
    return self();
  }

  public boolean hasSpec() {
    return spec != null;
  }

  public V1PodSpec buildSpec() {
    return spec;
  }

  public SpecNested withNewSpec() {
    return new SpecNested(null);
  }

  public SpecNested withNewSpecLike(V1PodSpec item) {
    return new SpecNested(item);
  }

  public SpecNested editSpec() {
    return new SpecNested(spec);
  }

  public SpecNested editOrNewSpec() {
    return new SpecNested(spec != null ? spec : new V1PodSpec());
  }

  public SpecNested editOrNewSpecLike(V1PodSpec item) {
    return new SpecNested(spec != null ? spec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SpecNested extends V1PodSpecFluent<SpecNested> {
    SpecNested(V1PodSpec item) {
      super(item);
    }

    public A and() {
      return V1PodFluent.this.withSpec(toModel());
    }

    public A endSpec() {
      return and();
    }
  }

  public V1PodStatus getStatus() {
    return status;
  }

  public A withStatus(V1PodStatus status) {
    this.status = status;
    return self();
  }

  public boolean hasStatus() {
    return status != null;
  }

  public V1PodStatus buildStatus() {
    return status;
  }

  public StatusNested withNewStatus() {
    return new StatusNested(null);
  }

  public StatusNested withNewStatusLike(V1PodStatus item) {
    return new StatusNested(item);
  }

  public StatusNested editStatus() {
    return new StatusNested(status);
  }

  public StatusNested editOrNewStatus() {
    return new StatusNested(status != null ? status : new V1PodStatus());
  }

  public StatusNested editOrNewStatusLike(V1PodStatus item) {
    return new StatusNested(status != null ? status : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StatusNested extends V1PodStatusFluent<StatusNested> {
    StatusNested(V1PodStatus item) {
      super(item);
    }

    public A and() {
      return V1PodFluent.this.withStatus(toModel());
    }

    public A endStatus() {
      return and();
    }
  }
}
