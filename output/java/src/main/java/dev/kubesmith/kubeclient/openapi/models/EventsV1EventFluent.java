package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link EventsV1Event}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link EventsV1EventBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class EventsV1EventFluent<A extends EventsV1EventFluent<A>> {
  private String action;
  private String apiVersion;
  private Integer deprecatedCount;
  private OffsetDateTime deprecatedFirstTimestamp;
  private OffsetDateTime deprecatedLastTimestamp;
  private V1EventSource deprecatedSource;
  private OffsetDateTime eventTime;
  private String kind;
  private V1ObjectMeta metadata;
  private String note;
  private String reason;
  private V1ObjectReference regarding;
  private V1ObjectReference related;
  private String reportingController;
  private String reportingInstance;
  private EventsV1EventSeries series;
  private String type;

  public EventsV1EventFluent() {}

  public EventsV1EventFluent(EventsV1Event instance) {
    copyInstance(instance);
  }

  protected void copyInstance(EventsV1Event instance) {
    if (instance != null) {
      this.action = instance.getAction();
      this.apiVersion = instance.getApiVersion();
      this.deprecatedCount = instance.getDeprecatedCount();
      this.deprecatedFirstTimestamp = instance.getDeprecatedFirstTimestamp();
      this.deprecatedLastTimestamp = instance.getDeprecatedLastTimestamp();
      this.deprecatedSource = instance.getDeprecatedSource();
      this.eventTime = instance.getEventTime();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.note = instance.getNote();
      this.reason = instance.getReason();
      this.regarding = instance.getRegarding();
      this.related = instance.getRelated();
      this.reportingController = instance.getReportingController();
      this.reportingInstance = instance.getReportingInstance();
      this.series = instance.getSeries();
      this.type = instance.getType();
    }
  }

  /** A new {@link EventsV1Event} holding what was set (lists and maps copied). */
  EventsV1Event toModel() {
    EventsV1Event o = new EventsV1Event();
    o.setAction(action);
    o.setApiVersion(apiVersion);
    o.setDeprecatedCount(deprecatedCount);
    o.setDeprecatedFirstTimestamp(deprecatedFirstTimestamp);
    o.setDeprecatedLastTimestamp(deprecatedLastTimestamp);
    o.setDeprecatedSource(deprecatedSource);
    o.setEventTime(eventTime);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setNote(note);
    o.setReason(reason);
    o.setRegarding(regarding);
    o.setRelated(related);
    o.setReportingController(reportingController);
    o.setReportingInstance(reportingInstance);
    o.setSeries(series);
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

  public Integer getDeprecatedCount() {
    return deprecatedCount;
  }

  public A withDeprecatedCount(Integer deprecatedCount) {
    this.deprecatedCount = deprecatedCount;
    return self();
  }

  public boolean hasDeprecatedCount() {
    return deprecatedCount != null;
  }

  public OffsetDateTime getDeprecatedFirstTimestamp() {
    return deprecatedFirstTimestamp;
  }

  public A withDeprecatedFirstTimestamp(OffsetDateTime deprecatedFirstTimestamp) {
    this.deprecatedFirstTimestamp = deprecatedFirstTimestamp;
    return self();
  }

  public boolean hasDeprecatedFirstTimestamp() {
    return deprecatedFirstTimestamp != null;
  }

  public OffsetDateTime getDeprecatedLastTimestamp() {
    return deprecatedLastTimestamp;
  }

  public A withDeprecatedLastTimestamp(OffsetDateTime deprecatedLastTimestamp) {
    this.deprecatedLastTimestamp = deprecatedLastTimestamp;
    return self();
  }

  public boolean hasDeprecatedLastTimestamp() {
    return deprecatedLastTimestamp != null;
  }

  public V1EventSource getDeprecatedSource() {
    return deprecatedSource;
  }

  public A withDeprecatedSource(V1EventSource deprecatedSource) {
    this.deprecatedSource = deprecatedSource;
    return self();
  }

  public boolean hasDeprecatedSource() {
    return deprecatedSource != null;
  }

  public V1EventSource buildDeprecatedSource() {
    return deprecatedSource;
  }

  public DeprecatedSourceNested withNewDeprecatedSource() {
    return new DeprecatedSourceNested(null);
  }

  public DeprecatedSourceNested withNewDeprecatedSourceLike(V1EventSource item) {
    return new DeprecatedSourceNested(item);
  }

  public DeprecatedSourceNested editDeprecatedSource() {
    return new DeprecatedSourceNested(deprecatedSource);
  }

  public DeprecatedSourceNested editOrNewDeprecatedSource() {
    return new DeprecatedSourceNested(deprecatedSource != null ? deprecatedSource : new V1EventSource());
  }

  public DeprecatedSourceNested editOrNewDeprecatedSourceLike(V1EventSource item) {
    return new DeprecatedSourceNested(deprecatedSource != null ? deprecatedSource : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DeprecatedSourceNested extends V1EventSourceFluent<DeprecatedSourceNested> {
    DeprecatedSourceNested(V1EventSource item) {
      super(item);
    }

    public A and() {
      return EventsV1EventFluent.this.withDeprecatedSource(toModel());
    }

    public A endDeprecatedSource() {
      return and();
    }
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
      return EventsV1EventFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public String getNote() {
    return note;
  }

  public A withNote(String note) {
    this.note = note;
    return self();
  }

  public boolean hasNote() {
    return note != null;
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

  public V1ObjectReference getRegarding() {
    return regarding;
  }

  public A withRegarding(V1ObjectReference regarding) {
    this.regarding = regarding;
    return self();
  }

  public boolean hasRegarding() {
    return regarding != null;
  }

  public V1ObjectReference buildRegarding() {
    return regarding;
  }

  public RegardingNested withNewRegarding() {
    return new RegardingNested(null);
  }

  public RegardingNested withNewRegardingLike(V1ObjectReference item) {
    return new RegardingNested(item);
  }

  public RegardingNested editRegarding() {
    return new RegardingNested(regarding);
  }

  public RegardingNested editOrNewRegarding() {
    return new RegardingNested(regarding != null ? regarding : new V1ObjectReference());
  }

  public RegardingNested editOrNewRegardingLike(V1ObjectReference item) {
    return new RegardingNested(regarding != null ? regarding : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RegardingNested extends V1ObjectReferenceFluent<RegardingNested> {
    RegardingNested(V1ObjectReference item) {
      super(item);
    }

    public A and() {
      return EventsV1EventFluent.this.withRegarding(toModel());
    }

    public A endRegarding() {
      return and();
    }
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
      return EventsV1EventFluent.this.withRelated(toModel());
    }

    public A endRelated() {
      return and();
    }
  }

  public String getReportingController() {
    return reportingController;
  }

  public A withReportingController(String reportingController) {
    this.reportingController = reportingController;
    return self();
  }

  public boolean hasReportingController() {
    return reportingController != null;
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

  public EventsV1EventSeries getSeries() {
    return series;
  }

  public A withSeries(EventsV1EventSeries series) {
    this.series = series;
    return self();
  }

  public boolean hasSeries() {
    return series != null;
  }

  public EventsV1EventSeries buildSeries() {
    return series;
  }

  public SeriesNested withNewSeries() {
    return new SeriesNested(null);
  }

  public SeriesNested withNewSeriesLike(EventsV1EventSeries item) {
    return new SeriesNested(item);
  }

  public SeriesNested editSeries() {
    return new SeriesNested(series);
  }

  public SeriesNested editOrNewSeries() {
    return new SeriesNested(series != null ? series : new EventsV1EventSeries());
  }

  public SeriesNested editOrNewSeriesLike(EventsV1EventSeries item) {
    return new SeriesNested(series != null ? series : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SeriesNested extends EventsV1EventSeriesFluent<SeriesNested> {
    SeriesNested(EventsV1EventSeries item) {
      super(item);
    }

    public A and() {
      return EventsV1EventFluent.this.withSeries(toModel());
    }

    public A endSeries() {
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
