package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ResourceClaimTemplateSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourceClaimTemplateSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourceClaimTemplateSpecFluent<A extends V1ResourceClaimTemplateSpecFluent<A>> {
  private V1ObjectMeta metadata;
  private V1ResourceClaimSpec spec;

  public V1ResourceClaimTemplateSpecFluent() {}

  public V1ResourceClaimTemplateSpecFluent(V1ResourceClaimTemplateSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourceClaimTemplateSpec instance) {
    if (instance != null) {
      this.metadata = instance.getMetadata();
      this.spec = instance.getSpec();
    }
  }

  /** A new {@link V1ResourceClaimTemplateSpec} holding what was set (lists and maps copied). */
  V1ResourceClaimTemplateSpec toModel() {
    V1ResourceClaimTemplateSpec o = new V1ResourceClaimTemplateSpec();
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
      return V1ResourceClaimTemplateSpecFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1ResourceClaimSpec getSpec() {
    return spec;
  }

  public A withSpec(V1ResourceClaimSpec spec) {
    this.spec = spec;
    return self();
  }

  public boolean hasSpec() {
    return spec != null;
  }

  public V1ResourceClaimSpec buildSpec() {
    return spec;
  }

  public SpecNested withNewSpec() {
    return new SpecNested(null);
  }

  public SpecNested withNewSpecLike(V1ResourceClaimSpec item) {
    return new SpecNested(item);
  }

  public SpecNested editSpec() {
    return new SpecNested(spec);
  }

  public SpecNested editOrNewSpec() {
    return new SpecNested(spec != null ? spec : new V1ResourceClaimSpec());
  }

  public SpecNested editOrNewSpecLike(V1ResourceClaimSpec item) {
    return new SpecNested(spec != null ? spec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SpecNested extends V1ResourceClaimSpecFluent<SpecNested> {
    SpecNested(V1ResourceClaimSpec item) {
      super(item);
    }

    public A and() {
      return V1ResourceClaimTemplateSpecFluent.this.withSpec(toModel());
    }

    public A endSpec() {
      return and();
    }
  }
}
