package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2HorizontalPodAutoscaler}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2HorizontalPodAutoscalerBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2HorizontalPodAutoscalerFluent<A extends V2HorizontalPodAutoscalerFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V2HorizontalPodAutoscalerSpec spec;
  private V2HorizontalPodAutoscalerStatus status;

  public V2HorizontalPodAutoscalerFluent() {}

  public V2HorizontalPodAutoscalerFluent(V2HorizontalPodAutoscaler instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2HorizontalPodAutoscaler instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.spec = instance.getSpec();
      this.status = instance.getStatus();
    }
  }

  /** A new {@link V2HorizontalPodAutoscaler} holding what was set (lists and maps copied). */
  V2HorizontalPodAutoscaler toModel() {
    V2HorizontalPodAutoscaler o = new V2HorizontalPodAutoscaler();
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
      return V2HorizontalPodAutoscalerFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V2HorizontalPodAutoscalerSpec getSpec() {
    return spec;
  }

  public A withSpec(V2HorizontalPodAutoscalerSpec spec) {
    this.spec = spec;
    return self();
  }

  public boolean hasSpec() {
    return spec != null;
  }

  public V2HorizontalPodAutoscalerSpec buildSpec() {
    return spec;
  }

  public SpecNested withNewSpec() {
    return new SpecNested(null);
  }

  public SpecNested withNewSpecLike(V2HorizontalPodAutoscalerSpec item) {
    return new SpecNested(item);
  }

  public SpecNested editSpec() {
    return new SpecNested(spec);
  }

  public SpecNested editOrNewSpec() {
    return new SpecNested(spec != null ? spec : new V2HorizontalPodAutoscalerSpec());
  }

  public SpecNested editOrNewSpecLike(V2HorizontalPodAutoscalerSpec item) {
    return new SpecNested(spec != null ? spec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SpecNested extends V2HorizontalPodAutoscalerSpecFluent<SpecNested> {
    SpecNested(V2HorizontalPodAutoscalerSpec item) {
      super(item);
    }

    public A and() {
      return V2HorizontalPodAutoscalerFluent.this.withSpec(toModel());
    }

    public A endSpec() {
      return and();
    }
  }

  public V2HorizontalPodAutoscalerStatus getStatus() {
    return status;
  }

  public A withStatus(V2HorizontalPodAutoscalerStatus status) {
    this.status = status;
    return self();
  }

  public boolean hasStatus() {
    return status != null;
  }

  public V2HorizontalPodAutoscalerStatus buildStatus() {
    return status;
  }

  public StatusNested withNewStatus() {
    return new StatusNested(null);
  }

  public StatusNested withNewStatusLike(V2HorizontalPodAutoscalerStatus item) {
    return new StatusNested(item);
  }

  public StatusNested editStatus() {
    return new StatusNested(status);
  }

  public StatusNested editOrNewStatus() {
    return new StatusNested(status != null ? status : new V2HorizontalPodAutoscalerStatus());
  }

  public StatusNested editOrNewStatusLike(V2HorizontalPodAutoscalerStatus item) {
    return new StatusNested(status != null ? status : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StatusNested extends V2HorizontalPodAutoscalerStatusFluent<StatusNested> {
    StatusNested(V2HorizontalPodAutoscalerStatus item) {
      super(item);
    }

    public A and() {
      return V2HorizontalPodAutoscalerFluent.this.withStatus(toModel());
    }

    public A endStatus() {
      return and();
    }
  }
}
