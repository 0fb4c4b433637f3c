package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Eviction}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EvictionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EvictionFluent<A extends V1EvictionFluent<A>> {
  private String apiVersion;
  private V1DeleteOptions deleteOptions;
  private String kind;
  private V1ObjectMeta metadata;

  public V1EvictionFluent() {}

  public V1EvictionFluent(V1Eviction instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Eviction instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.deleteOptions = instance.getDeleteOptions();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
    }
  }

  /** A new {@link V1Eviction} holding what was set (lists and maps copied). */
  V1Eviction toModel() {
    V1Eviction o = new V1Eviction();
    o.setApiVersion(apiVersion);
    o.setDeleteOptions(deleteOptions);
    o.setKind(kind);
    o.setMetadata(metadata);
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

  public V1DeleteOptions getDeleteOptions() {
    return deleteOptions;
  }

  public A withDeleteOptions(V1DeleteOptions deleteOptions) {
    this.deleteOptions = deleteOptions;
    return self();
  }

  public boolean hasDeleteOptions() {
    return deleteOptions != null;
  }

  public V1DeleteOptions buildDeleteOptions() {
    return deleteOptions;
  }

  public DeleteOptionsNested withNewDeleteOptions() {
    return new DeleteOptionsNested(null);
  }

  public DeleteOptionsNested withNewDeleteOptionsLike(V1DeleteOptions item) {
    return new DeleteOptionsNested(item);
  }

  public DeleteOptionsNested editDeleteOptions() {
    return new DeleteOptionsNested(deleteOptions);
  }

  public DeleteOptionsNested editOrNewDeleteOptions() {
    return new DeleteOptionsNested(deleteOptions != null ? deleteOptions : new V1DeleteOptions());
  }

  public DeleteOptionsNested editOrNewDeleteOptionsLike(V1DeleteOptions item) {
    return new DeleteOptionsNested(deleteOptions != null ? deleteOptions : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DeleteOptionsNested extends V1DeleteOptionsFluent<DeleteOptionsNested> {
    DeleteOptionsNested(V1DeleteOptions item) {
      super(item);
    }

    public A and() {
      return V1EvictionFluent.this.withDeleteOptions(toModel());
    }

    public A endDeleteOptions() {
      return and();
    }
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
      return V1EvictionFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }
}
