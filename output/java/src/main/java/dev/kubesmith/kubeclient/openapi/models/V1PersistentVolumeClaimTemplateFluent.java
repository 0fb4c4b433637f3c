package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PersistentVolumeClaimTemplate}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PersistentVolumeClaimTemplateBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PersistentVolumeClaimTemplateFluent<A extends V1PersistentVolumeClaimTemplateFluent<A>> {
  private V1ObjectMeta metadata;
  private V1PersistentVolumeClaimSpec spec;

  public V1PersistentVolumeClaimTemplateFluent() {}

  public V1PersistentVolumeClaimTemplateFluent(V1PersistentVolumeClaimTemplate instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PersistentVolumeClaimTemplate instance) {
    if (instance != null) {
      this.metadata = instance.getMetadata();
      this.spec = instance.getSpec();
    }
  }

  /** A new {@link V1PersistentVolumeClaimTemplate} holding what was set (lists and maps copied). */
  V1PersistentVolumeClaimTemplate toModel() {
    V1PersistentVolumeClaimTemplate o = new V1PersistentVolumeClaimTemplate();
    o.setMetadata(metadata);
    o.setSpec(spec);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
      return V1PersistentVolumeClaimTemplateFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1PersistentVolumeClaimSpec getSpec() {
    return spec;
  }

  public A withSpec(V1PersistentVolumeClaimSpec spec) {
    this.spec = spec;
    return self();
  }

  public boolean hasSpec() {
    return spec != null;
  }

  public V1PersistentVolumeClaimSpec buildSpec() {
    return spec;
  }

  public SpecNested withNewSpec() {
    return new SpecNested(null);
  }

  public SpecNested withNewSpecLike(V1PersistentVolumeClaimSpec item) {
    return new SpecNested(item);
  }

  public SpecNested editSpec() {
    return new SpecNested(spec);
  }

  public SpecNested editOrNewSpec() {
    return new SpecNested(spec != null ? spec : new V1PersistentVolumeClaimSpec());
  }

  public SpecNested editOrNewSpecLike(V1PersistentVolumeClaimSpec item) {
    return new SpecNested(spec != null ? spec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SpecNested extends V1PersistentVolumeClaimSpecFluent<SpecNested> {
    SpecNested(V1PersistentVolumeClaimSpec item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeClaimTemplateFluent.this.withSpec(toModel());
    }

    public A endSpec() {
      return and();
    }
  }
}
