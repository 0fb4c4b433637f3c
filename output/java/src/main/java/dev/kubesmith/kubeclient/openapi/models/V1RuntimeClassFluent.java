package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1RuntimeClass}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1RuntimeClassBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1RuntimeClassFluent<A extends V1RuntimeClassFluent<A>> {
  private String apiVersion;
  private String handler;
  private String kind;
  private V1ObjectMeta metadata;
  private V1Overhead overhead;
  private V1Scheduling scheduling;

  public V1RuntimeClassFluent() {}

  public V1RuntimeClassFluent(V1RuntimeClass instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1RuntimeClass instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.handler = instance.getHandler();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.overhead = instance.getOverhead();
      this.scheduling = instance.getScheduling();
    }
  }

  /** A new {@link V1RuntimeClass} holding what was set (lists and maps copied). */
  V1RuntimeClass toModel() {
    V1RuntimeClass o = new V1RuntimeClass();
    o.setApiVersion(apiVersion);
    o.setHandler(handler);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setOverhead(overhead);
    o.setScheduling(scheduling);
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

  public String getHandler() {
    return handler;
  }

  public A withHandler(String handler) {
    this.handler = handler;
    return self();
  }

  public boolean hasHandler() {
    return handler != null;
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
      return V1RuntimeClassFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1Overhead getOverhead() {
    return overhead;
  }

  public A withOverhead(V1Overhead overhead) {
    this.overhead = overhead;
    return self();
  }

  public boolean hasOverhead() {
    return overhead != null;
  }

  public V1Overhead buildOverhead() {
    return overhead;
  }

  public OverheadNested withNewOverhead() {
    return new OverheadNested(null);
  }

  public OverheadNested withNewOverheadLike(V1Overhead item) {
    return new OverheadNested(item);
  }

  public OverheadNested editOverhead() {
    return new OverheadNested(overhead);
  }

  public OverheadNested editOrNewOverhead() {
    return new OverheadNested(overhead != null ? overhead : new V1Overhead());
  }

  public OverheadNested editOrNewOverheadLike(V1Overhead item) {
    return new OverheadNested(overhead != null ? overhead : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class OverheadNested extends V1OverheadFluent<OverheadNested> {
    OverheadNested(V1Overhead item) {
      super(item);
    }

    public A and() {
      return V1RuntimeClassFluent.this.withOverhead(toModel());
    }

    public A endOverhead() {
      return and();
    }
  }

  public V1Scheduling getScheduling() {
    return scheduling;
  }

  public A withScheduling(V1Scheduling scheduling) {
    this.scheduling = scheduling;
    return self();
  }

  public boolean hasScheduling() {
    return scheduling != null;
  }

  public V1Scheduling buildScheduling() {
    return scheduling;
  }

  public SchedulingNested withNewScheduling() {
    return new SchedulingNested(null);
  }

  public SchedulingNested withNewSchedulingLike(V1Scheduling item) {
    return new SchedulingNested(item);
  }

  public SchedulingNested editScheduling() {
    return new SchedulingNested(scheduling);
  }

  public SchedulingNested editOrNewScheduling() {
    return new SchedulingNested(scheduling != null ? scheduling : new V1Scheduling());
  }

  public SchedulingNested editOrNewSchedulingLike(V1Scheduling item) {
    return new SchedulingNested(scheduling != null ? scheduling : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingNested extends V1SchedulingFluent<SchedulingNested> {
    SchedulingNested(V1Scheduling item) {
      super(item);
    }

    public A and() {
      return V1RuntimeClassFluent.this.withScheduling(toModel());
    }

    public A endScheduling() {
      return and();
    }
  }
}
