package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1IPAddress}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IPAddressBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IPAddressFluent<A extends V1IPAddressFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V1IPAddressSpec spec;

  public V1IPAddressFluent() {}

  public V1IPAddressFluent(V1IPAddress instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IPAddress instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.spec = instance.getSpec();
    }
  }

  /** A new {@link V1IPAddress} holding what was set (lists and maps copied). */
  V1IPAddress toModel() {
    V1IPAddress o = new V1IPAddress();
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
      return V1IPAddressFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1IPAddressSpec getSpec() {
    return spec;
  }

  public A withSpec(V1IPAddressSpec spec) {
    this.spec = spec;
    return self();
  }

  public boolean hasSpec() {
    return spec != null;
  }

  public V1IPAddressSpec buildSpec() {
    return spec;
  }

  public SpecNested withNewSpec() {
    return new SpecNested(null);
  }

  public SpecNested withNewSpecLike(V1IPAddressSpec item) {
    return new SpecNested(item);
  }

  public SpecNested editSpec() {
    return new SpecNested(spec);
  }

  public SpecNested editOrNewSpec() {
    return new SpecNested(spec != null ? spec : new V1IPAddressSpec());
  }

  public SpecNested editOrNewSpecLike(V1IPAddressSpec item) {
    return new SpecNested(spec != null ? spec : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SpecNested extends V1IPAddressSpecFluent<SpecNested> {
    SpecNested(V1IPAddressSpec item) {
      super(item);
    }

    public A and() {
      return V1IPAddressFluent.this.withSpec(toModel());
    }

    public A endSpec() {
      return and();
    }
  }
}
