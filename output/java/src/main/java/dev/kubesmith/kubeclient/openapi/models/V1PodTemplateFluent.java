package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PodTemplate}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodTemplateBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodTemplateFluent<A extends V1PodTemplateFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V1PodTemplateSpec template;

  public V1PodTemplateFluent() {}

  public V1PodTemplateFluent(V1PodTemplate instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodTemplate instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.template = instance.getTemplate();
    }
  }

  /** A new {@link V1PodTemplate} holding what was set (lists and maps copied). */
  V1PodTemplate toModel() {
    V1PodTemplate o = new V1PodTemplate();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setTemplate(template);
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
      return V1PodTemplateFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1PodTemplateSpec getTemplate() {
    return template;
  }

  public A withTemplate(V1PodTemplateSpec template) {
    this.template = template;
    return self();
  }

  public boolean hasTemplate() {
    return template != null;
  }

  public V1PodTemplateSpec buildTemplate() {
    return template;
  }

  public TemplateNested withNewTemplate() {
    return new TemplateNested(null);
  }

  public TemplateNested withNewTemplateLike(V1PodTemplateSpec item) {
    return new TemplateNested(item);
  }

  public TemplateNested editTemplate() {
    return new TemplateNested(template);
  }

  public TemplateNested editOrNewTemplate() {
    return new TemplateNested(template != null ? template : new V1PodTemplateSpec());
  }

  public TemplateNested editOrNewTemplateLike(V1PodTemplateSpec item) {
    return new TemplateNested(template != null ? template : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TemplateNested extends V1PodTemplateSpecFluent<TemplateNested> {
    TemplateNested(V1PodTemplateSpec item) {
      super(item);
    }

    public A and() {
      return V1PodTemplateFluent.this.withTemplate(toModel());
    }

    public A endTemplate() {
      return and();
    }
  }
}
