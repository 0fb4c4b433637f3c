package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CustomResourceDefinition}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CustomResourceDefinitionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CustomResourceDefinitionFluent<A extends V1CustomResourceDefinitionFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V1CustomResourceDefinitionSpec spec;
  private V1CustomResourceDefinitionStatus status;

  public V1CustomResourceDefinitionFluent() {}

  public V1CustomResourceDefinitionFluent(V1CustomResourceDefinition instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CustomResourceDefinition instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.spec = instance.getSpec();
      this.status = instance.getStatus();
    }
  }

  /** A new {@link V1CustomResourceDefinition} holding what was set (lists and maps copied). */
  V1CustomResourceDefinition toModel() {
    V1CustomResourceDefinition o = new V1CustomResourceDefinition();
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
      return V1CustomResourceDefinitionFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1CustomResourceDefinitionSpec getSpec() {
    return spec;
  }

  public A withSpec(V1CustomResourceDefinitionSpec spec) {
    this.spec = spec;
    return self();
  }

  public boolean hasSpec() {
    return spec != null;
  }

  public V1CustomResourceDefinitionSpec buildSpec() {
    return spec;
  }

  public SpecNested withNewSpec() {
    return new SpecNested(null);
  }

  public SpecNested withNewSpecLike(V1CustomResourceDefinitionSpec item) {
    return new SpecNested(item);
  }

  public SpecNested editSpec() {
    return new SpecNested(spec);
  }

  public SpecNested editOrNewSpec() {
    return new SpecNested(spec != null ? spec : new V1CustomResourceDefinitionSpec());
  }

  public SpecNested editOrNewSpecLike(V1CustomResourceDefinitionSpec item) {
    return new SpecNested(spec != null ? spec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SpecNested extends V1CustomResourceDefinitionSpecFluent<SpecNested> {
    SpecNested(V1CustomResourceDefinitionSpec item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceDefinitionFluent.this.withSpec(toModel());
    }

    public A endSpec() {
      return and();
    }
  }

  public V1CustomResourceDefinitionStatus getStatus() {
    return status;
  }

  public A withStatus(V1CustomResourceDefinitionStatus status) {
    this.status = status;
    return self();
  }

  public boolean hasStatus() {
    return status != null;
  }

  public V1CustomResourceDefinitionStatus buildStatus() {
    return status;
  }

  public StatusNested withNewStatus() {
    return new StatusNested(null);
  }

  public StatusNested withNewStatusLike(V1CustomResourceDefinitionStatus item) {
    return new StatusNested(item);
  }

  public StatusNested editStatus() {
    return new StatusNested(status);
  }

  public StatusNested editOrNewStatus() {
    return new StatusNested(status != null ? status : new V1CustomResourceDefinitionStatus());
  }

  public StatusNested editOrNewStatusLike(V1CustomResourceDefinitionStatus item) {
    return new StatusNested(status != null ? status : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StatusNested extends V1CustomResourceDefinitionStatusFluent<StatusNested> {
    StatusNested(V1CustomResourceDefinitionStatus item) {
      super(item);
    }

    public A and() {
      return V1CustomResourceDefinitionFluent.this.withStatus(toModel());
    }

    public A endStatus() {
      return and();
    }
  }
}
