package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1beta1StorageVersionMigration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1StorageVersionMigrationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1StorageVersionMigrationFluent<A extends V1beta1StorageVersionMigrationFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V1beta1StorageVersionMigrationSpec spec;
  private V1beta1StorageVersionMigrationStatus status;

  public V1beta1StorageVersionMigrationFluent() {}

  public V1beta1StorageVersionMigrationFluent(V1beta1StorageVersionMigration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1StorageVersionMigration instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.spec = instance.getSpec();
      this.status = instance.getStatus();
    }
  }

  /** A new {@link V1beta1StorageVersionMigration} holding what was set (lists and maps copied). */
  V1beta1StorageVersionMigration toModel() {
    V1beta1StorageVersionMigration o = new V1beta1StorageVersionMigration();
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
      return V1beta1StorageVersionMigrationFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1beta1StorageVersionMigrationSpec getSpec() {
    return spec;
  }

  public A withSpec(V1beta1StorageVersionMigrationSpec spec) {
    this.spec = spec;
    return self();
  }

  public boolean hasSpec() {
    return spec != null;
  }

  public V1beta1StorageVersionMigrationSpec buildSpec() {
    return spec;
  }

  public SpecNested withNewSpec() {
    return new SpecNested(null);
  }

  public SpecNested withNewSpecLike(V1beta1StorageVersionMigrationSpec item) {
    return new SpecNested(item);
  }

  public SpecNested editSpec() {
    return new SpecNested(spec);
  }

  public SpecNested editOrNewSpec() {
    return new SpecNested(spec != null ? spec : new V1beta1StorageVersionMigrationSpec());
  }

  public SpecNested editOrNewSpecLike(V1beta1StorageVersionMigrationSpec item) {
    return new SpecNested(spec != null ? spec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SpecNested extends V1beta1StorageVersionMigrationSpecFluent<SpecNested> {
    SpecNested(V1beta1StorageVersionMigrationSpec item) {
      super(item);
    }

    public A and() {
      return V1beta1StorageVersionMigrationFluent.this.withSpec(toModel());
    }

    public A endSpec() {
      return and();
    }
  }

  public V1beta1StorageVersionMigrationStatus getStatus() {
    return status;
  }

  public A withStatus(V1beta1StorageVersionMigrationStatus status) {
    this.status = status;
    return self();
  }

  public boolean hasStatus() {
    return status != null;
  }

  public V1beta1StorageVersionMigrationStatus buildStatus() {
    return status;
  }

  public StatusNested withNewStatus() {
    return new StatusNested(null);
  }

  public StatusNested withNewStatusLike(V1beta1StorageVersionMigrationStatus item) {
    return new StatusNested(item);
  }

  public StatusNested editStatus() {
    return new StatusNested(status);
  }

  public StatusNested editOrNewStatus() {
    return new StatusNested(status != null ? status : new V1beta1StorageVersionMigrationStatus());
  }

  public StatusNested editOrNewStatusLike(V1beta1StorageVersionMigrationStatus item) {
    return new StatusNested(status != null ? status : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StatusNested extends V1beta1StorageVersionMigrationStatusFluent<StatusNested> {
    StatusNested(V1beta1StorageVersionMigrationStatus item) {
      super(item);
    }

    public A and() {
      return V1beta1StorageVersionMigrationFluent.this.withStatus(toModel());
    }

    public A endStatus() {
      return and();
    }
  }
}
