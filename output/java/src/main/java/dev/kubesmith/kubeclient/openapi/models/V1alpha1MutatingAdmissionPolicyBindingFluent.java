package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1MutatingAdmissionPolicyBinding}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1MutatingAdmissionPolicyBindingBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1MutatingAdmissionPolicyBindingFluent<A extends V1alpha1MutatingAdmissionPolicyBindingFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V1alpha1MutatingAdmissionPolicyBindingSpec spec;

  public V1alpha1MutatingAdmissionPolicyBindingFluent() {}

  public V1alpha1MutatingAdmissionPolicyBindingFluent(V1alpha1MutatingAdmissionPolicyBinding instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1MutatingAdmissionPolicyBinding instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.spec = instance.getSpec();
    }
  }

  /** A new {@link V1alpha1MutatingAdmissionPolicyBinding} holding what was set (lists and maps copied). */
  V1alpha1MutatingAdmissionPolicyBinding toModel() {
    V1alpha1MutatingAdmissionPolicyBinding o = new V1alpha1MutatingAdmissionPolicyBinding();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setSpec(spec);
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
      return V1alpha1MutatingAdmissionPolicyBindingFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1alpha1MutatingAdmissionPolicyBindingSpec getSpec() {
    return spec;
  }

  public A withSpec(V1alpha1MutatingAdmissionPolicyBindingSpec spec) {
    this.spec = spec;
    return self();
  }

  public boolean hasSpec() {
    return spec != null;
  }

  public V1alpha1MutatingAdmissionPolicyBindingSpec buildSpec() {
    return spec;
  }

  public SpecNested withNewSpec() {
    return new SpecNested(null);
  }

  public SpecNested withNewSpecLike(V1alpha1MutatingAdmissionPolicyBindingSpec item) {
    return new SpecNested(item);
  }

  public SpecNested editSpec() {
    return new SpecNested(spec);
  }

  public SpecNested editOrNewSpec() {
    return new SpecNested(spec != null ? spec : new V1alpha1MutatingAdmissionPolicyBindingSpec());
  }

  public SpecNested editOrNewSpecLike(V1alpha1MutatingAdmissionPolicyBindingSpec item) {
    return new SpecNested(spec != null ? spec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SpecNested extends V1alpha1MutatingAdmissionPolicyBindingSpecFluent<SpecNested> {
    SpecNested(V1alpha1MutatingAdmissionPolicyBindingSpec item) {
      super(item);
    }

    public A and() {
      return V1alpha1MutatingAdmissionPolicyBindingFluent.this.withSpec(toModel());
    }

    public A endSpec() {
      return and();
    }
  }
}
