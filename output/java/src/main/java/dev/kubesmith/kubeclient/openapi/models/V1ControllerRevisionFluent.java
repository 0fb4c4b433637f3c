package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ControllerRevision}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ControllerRevisionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ControllerRevisionFluent<A extends V1ControllerRevisionFluent<A>> {
  private String apiVersion;
  private Object data;
  private String kind;
  private V1ObjectMeta metadata;
  private Long revision;

  public V1ControllerRevisionFluent() {}

  public V1ControllerRevisionFluent(V1ControllerRevision instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ControllerRevision instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.data = instance.getData();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.revision = instance.getRevision();
    }
  }

  /** A new {@link V1ControllerRevision} holding what was set (lists and maps copied). */
  V1ControllerRevision toModel() {
    V1ControllerRevision o = new V1ControllerRevision();
    o.setApiVersion(apiVersion);
    o.setData(data);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setRevision(revision);
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

  public Object getData() {
    return data;
  }

  public A withData(Object data) {
    this.data = data;
    return self();
  }

  public boolean hasData() {
    return data != null;
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
      return V1ControllerRevisionFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public Long getRevision() {
    return revision;
  }

  public A withRevision(Long revision) {
    this.revision = revision;
    return self();
  }

  public boolean hasRevision() {
    return revision != null;
  }
}
