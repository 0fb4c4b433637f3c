package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PriorityClass}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PriorityClassBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PriorityClassFluent<A extends V1PriorityClassFluent<A>> {
  private String apiVersion;
  private String description;
  private Boolean globalDefault;
  private String kind;
  private V1ObjectMeta metadata;
  private String preemptionPolicy;
  private Integer value;

  public V1PriorityClassFluent() {}

  public V1PriorityClassFluent(V1PriorityClass instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PriorityClass instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.description = instance.getDescription();
      this.globalDefault = instance.getGlobalDefault();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.preemptionPolicy = instance.getPreemptionPolicy();
      this.value = instance.getValue();
    }
  }

  /** A new {@link V1PriorityClass} holding what was set (lists and maps copied). */
  V1PriorityClass toModel() {
    V1PriorityClass o = new V1PriorityClass();
    o.setApiVersion(apiVersion);
    o.setDescription(description);
    o.setGlobalDefault(globalDefault);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setPreemptionPolicy(preemptionPolicy);
    o.setValue(value);
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

  public String getDescription() {
    return description;
  }

  public A withDescription(String description) {
    this.description = description;
    return self();
  }

  public boolean hasDescription() {
    return description != null;
  }

  public Boolean getGlobalDefault() {
    return globalDefault;
  }

  public A withGlobalDefault(Boolean globalDefault) {
    this.globalDefault = globalDefault;
    return self();
  }

  public boolean hasGlobalDefault() {
    return globalDefault != null;
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
      return V1PriorityClassFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public String getPreemptionPolicy() {
    return preemptionPolicy;
  }

  public A withPreemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
    return self();
  }

  public boolean hasPreemptionPolicy() {
    return preemptionPolicy != null;
  }

  public Integer getValue() {
    return value;
  }

  public A withValue(Integer value) {
    this.value = value;
    return self();
  }

  public boolean hasValue() {
    return value != null;
  }
}
