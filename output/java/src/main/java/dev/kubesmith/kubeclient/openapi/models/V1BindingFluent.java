package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Binding}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1BindingBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1BindingFluent<A extends V1BindingFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V1ObjectReference target;

  public V1BindingFluent() {}

  public V1BindingFluent(V1Binding instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Binding instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.target = instance.getTarget();
    }
  }

  /** A new {@link V1Binding} holding what was set (lists and maps copied). */
  V1Binding toModel() {
    V1Binding o = new V1Binding();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setTarget(target);
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
      return V1BindingFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1ObjectReference getTarget() {
    return target;
  }

  public A withTarget(V1ObjectReference target) {
    this.target = target;
    return self();
  }

  public boolean hasTarget() {
    return target != null;
  }

  public V1ObjectReference buildTarget() {
    return target;
  }

  public TargetNested withNewTarget() {
    return new TargetNested(null);
  }

  public TargetNested withNewTargetLike(V1ObjectReference item) {
    return new TargetNested(item);
  }

  public TargetNested editTarget() {
    return new TargetNested(target);
  }

  public TargetNested editOrNewTarget() {
    return new TargetNested(target != null ? target : new V1ObjectReference());
  }

  public TargetNested editOrNewTargetLike(V1ObjectReference item) {
    return new TargetNested(target != null ? target : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TargetNested extends V1ObjectReferenceFluent<TargetNested> {
    TargetNested(V1ObjectReference item) {
      super(item);
    }

    public A and() {
      return V1BindingFluent.this.withTarget(toModel());
    }

    public A endTarget() {
      return and();
    }
  }
}
