package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link CoreV1Event}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link CoreV1EventBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class CoreV1EventFluent<A extends CoreV1EventFluent<A>> {
  private String action;
  private String apiVersion;
  private Integer count;
  private OffsetDateTime eventTime;
  private OffsetDateTime firstTimestamp;
  private V1ObjectReference involvedObject;
  private String kind;
  private OffsetDateTime lastTimestamp;
  private String message;
  private V1ObjectMeta metadata;
  private String reason;
  private V1ObjectReference related;
  private String reportingComponent;
  private String reportingInstance;
  private CoreV1EventSeries series;
  private V1EventSource source;
  private String type;

  public CoreV1EventFluent() {}

  public CoreV1EventFluent(CoreV1Event instance) {
    copyInstance(instance);
  }

  protected void copyInstance(CoreV1Event instance) {
    if (instance != null) {
      this.action = instance.getAction();
      this.apiVersion = instance.getApiVersion();
      this.count = instance.getCount();
      this.eventTime = instance.getEventTime();
      this.firstTimestamp = instance.getFirstTimestamp();
      this.involvedObject = instance.getInvolvedObject();
      this.kind = instance.getKind();
      this.lastTimestamp = instance.getLastTimestamp();
      this.message = instance.getMessage();
      this.metadata = instance.getMetadata();
      this.reason = instance.getReason();
      this.related = instance.getRelated();
      this.reportingComponent = instance.getReportingComponent();
      this.reportingInstance = instance.getReportingInstance();
      this.series = instance.getSeries();
      this.source = instance.getSource();
      this.type = instance.getType();
    }
  }

  /** A new {@link CoreV1Event} holding what was set (lists and maps copied). */
  CoreV1Event toModel() {
    CoreV1Event o = new CoreV1Event();
    o.setAction(action);
    o.setApiVersion(apiVersion);
    o.setCount(count);
    o.setEventTime(eventTime);
    o.setFirstTimestamp(firstTimestamp);
    o.setInvolvedObject(involvedObject);
    o.setKind(kind);
    o.setLastTimestamp(lastTimestamp);
    o.setMessage(message);
    o.setMetadata(metadata);
    o.setReason(reason);
    o.setRelated(related);
    o.setReportingComponent(reportingComponent);
    o.setReportingInstance(reportingInstance);
    o.setSeries(series);
    o.setSource(source);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAction() {
    return action;
  }

  public A withAction(String action) {
    this.action = action;
    return self();
  }

  public boolean hasAction() {
    return action != null;
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

  public Integer getCount() {
    return count;
  }

  public A withCount(Integer count) {
    this.count = count;
    return self();
  }

  public boolean hasCount() {
    return count != null;
  }

  public OffsetDateTime getEventTime() {
    return eventTime;
  }

  public A withEventTime(OffsetDateTime eventTime) {
    this.eventTime = eventTime;
    return self();
  }

  public boolean hasEventTime() {
    return eventTime != null;
  }

  public OffsetDateTime getFirstTimestamp() {
    return firstTimestamp;
  }

  public A withFirstTimestamp(OffsetDateTime firstTimestamp) {
    this.firstTimestamp = firstTimestamp;
    return self();
  }

  public boolean hasFirstTimestamp() {
    return firstTimestamp != null;
  }

  public V1ObjectReference getInvolvedObject() {
    return involvedObject;
  }

  public A withInvolvedObject(V1ObjectReference involvedObject) {
    this.involvedObject = involvedObject;
    return self();
  }

  public boolean hasInvolvedObject() {
    return involvedObject != null;
  }

  public V1ObjectReference buildInvolvedObject() {
    return involvedObject;
  }

  public InvolvedObjectNested withNewInvolvedObject() {
    return new InvolvedObjectNested(null);
  }

  public InvolvedObjectNested withNewInvolvedObjectLike(V1ObjectReference item) {
    return new InvolvedObjectNested(item);
  }

  public InvolvedObjectNested editInvolvedObject() {
    return new InvolvedObjectNested(involvedObject);
  }

  public InvolvedObjectNested editOrNewInvolvedObject() {
    return new InvolvedObjectNested(involvedObject != null ? involvedObject : new V1ObjectReference());
  }

  public InvolvedObjectNested editOrNewInvolvedObjectLike(V1ObjectReference item) {
    return new InvolvedObjectNested(involvedObject != null ? involvedObject : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class InvolvedObjectNested extends V1ObjectReferenceFluent<InvolvedObjectNested> {
    InvolvedObjectNested(V1ObjectReference item) {
      super(item);
    }

    public A and() {
      return CoreV1EventFluent.this.withInvolvedObject(toModel());
    }

    public A endInvolvedObject() {
      return and();
    }
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

  public OffsetDateTime getLastTimestamp() {
    return lastTimestamp;
  }

  public A withLastTimestamp(OffsetDateTime lastTimestamp) {
    this.lastTimestamp = lastTimestamp;
    return self();
  }

  public boolean hasLastTimestamp() {
    return lastTimestamp != null;
  }

  public String getMessage() {
    return message;
  }

  public A withMessage(String message) {
    this.message = message;
    return self();
  }

  public boolean hasMessage() {
    return message != null;
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
      return CoreV1EventFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public String getReason() {
    return reason;
  }

  public A withReason(String reason) {
    this.reason = reason;
    return self();
  }

  public boolean hasReason() {
    return reason != null;
  }

  public V1ObjectReference getRelated() {
    return related;
  }

  public A withRelated(V1ObjectReference related) {
    this.related = related;
    return self();
  }

  public boolean hasRelated() {
    return related != null;
  }

  public V1ObjectReference buildRelated() {
    return related;
  }

  public RelatedNested withNewRelated() {
    return new RelatedNested(null);
  }

  public RelatedNested withNewRelatedLike(V1ObjectReference item) {
    return new RelatedNested(item);
  }

  public RelatedNested editRelated() {
    return new RelatedNested(related);
  }

  public RelatedNested editOrNewRelated() {
    return new RelatedNested(related != null ? related : new V1ObjectReference());
  }

  public RelatedNested editOrNewRelatedLike(V1ObjectReference item) {
    return new RelatedNested(related != null ? related : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RelatedNested extends V1ObjectReferenceFluent<RelatedNested> {
    RelatedNested(V1ObjectReference item) {
      super(item);
    }

    public A and() {
      return CoreV1EventFluent.this.withRelated(toModel());
    }

    public A endRelated() {
      return and();
    }
  }

  public String getReportingComponent() {
    return reportingComponent;
  }

  public A withReportingComponent(String reportingComponent) {
    this.reportingComponent = reportingComponent;
    return self();
  }

  public boolean hasReportingComponent() {
    return reportingComponent != null;
  }

  public String getReportingInstance() {
    return reportingInstance;
  }

  public A withReportingInstance(String reportingInstance) {
    this.reportingInstance = reportingInstance;
    return self();
  }

  public boolean hasReportingInstance() {
    return reportingInstance != null;
  }

  public CoreV1EventSeries getSeries() {
    return series;
  }

  public A withSeries(CoreV1EventSeries series) {
    this.series = series;
    return self();
  }

  public boolean hasSeries() {
    return series != null;
  }

  public CoreV1EventSeries buildSeries() {
    return series;
  }

  public SeriesNested withNewSeries() {
    return new SeriesNested(null);
  }

  public SeriesNested withNewSeriesLike(CoreV1EventSeries item) {
    return new SeriesNested(item);
  }

  public SeriesNested editSeries() {
    return new SeriesNested(series);
  }

  public SeriesNested editOrNewSeries() {
    return new SeriesNested(series != null ? series : new CoreV1EventSeries());
  }

  public SeriesNested editOrNewSeriesLike(CoreV1EventSeries item) {
    return new SeriesNested(series != null ? series : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SeriesNested extends CoreV1EventSeriesFluent<SeriesNested> {
    SeriesNested(CoreV1EventSeries item) {
      super(item);
    }

    public A and() {
      return CoreV1EventFluent.this.withSeries(toModel());
    }

    public A endSeries() {
      return and();
    }
  }

  public V1EventSource getSource() {
    return source;
  }

  public A withSource(V1EventSource source) {
    this.source = source;
    return self();
  }

  public boolean hasSource() {
    return source != null;
  }

  public V1EventSource buildSource() {
    return source;
  }

  public SourceNested withNewSource() {
    return new SourceNested(null);
  }

  public SourceNested withNewSourceLike(V1EventSource item) {
    return new SourceNested(item);
  }

  public SourceNested editSource() {
    return new SourceNested(source);
  }

  public SourceNested editOrNewSource() {
    return new SourceNested(source != null ? source : new V1EventSource());
  }

  public SourceNested editOrNewSourceLike(V1EventSource item) {
    return new SourceNested(source != null ? source : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SourceNested extends V1EventSourceFluent<SourceNested> {
    SourceNested(V1EventSource item) {
      super(item);
    }

    public A and() {
      return CoreV1EventFluent.this.withSource(toModel());
    }

    public A endSource() {
      return and();
    }
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
