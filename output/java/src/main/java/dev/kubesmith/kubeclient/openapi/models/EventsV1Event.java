package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.common.KubernetesObject;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Event is a report of an event somewhere in the cluster. It generally denotes some state
 * change in the system. Events have a limited retention time and triggers and messages may
 * evolve with time.  Event consumers should not rely on the timing of an event with a given
 * Reason reflecting a consistent underlying trigger, or the continued existence of events with
 * that Reason.  Events should be treated as informative, best-effort, supplemental data.
 */
public class EventsV1Event implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "action",
      "apiVersion",
      "deprecatedCount",
      "deprecatedFirstTimestamp",
      "deprecatedLastTimestamp",
      "deprecatedSource",
      "eventTime",
      "kind",
      "metadata",
      "note",
      "reason",
      "regarding",
      "related",
      "reportingController",
      "reportingInstance",
      "series",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<EventsV1Event> CODEC = new Codec<EventsV1Event>() {
    @Override
    public EventsV1Event read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (EventsV1Event)");
      }
      EventsV1Event o = new EventsV1Event();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.action = Codecs.STRING.read(p);
            break;
          case 1:
            o.apiVersion = Codecs.STRING.read(p);
            break;
          case 2:
            o.deprecatedCount = Codecs.INT32.read(p);
            break;
          case 3:
            o.deprecatedFirstTimestamp = Codecs.TIME.read(p);
            break;
          case 4:
            o.deprecatedLastTimestamp = Codecs.TIME.read(p);
            break;
          case 5:
            o.deprecatedSource = V1EventSource.CODEC.read(p);
            break;
          case 6:
            o.eventTime = Codecs.MICRO_TIME.read(p);
            break;
          case 7:
            o.kind = Codecs.STRING.read(p);
            break;
          case 8:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 9:
            o.note = Codecs.STRING.read(p);
            break;
          case 10:
            o.reason = Codecs.STRING.read(p);
            break;
          case 11:
            o.regarding = V1ObjectReference.CODEC.read(p);
            break;
          case 12:
            o.related = V1ObjectReference.CODEC.read(p);
            break;
          case 13:
            o.reportingController = Codecs.STRING.read(p);
            break;
          case 14:
            o.reportingInstance = Codecs.STRING.read(p);
            break;
          case 15:
            o.series = EventsV1EventSeries.CODEC.read(p);
            break;
          case 16:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, EventsV1Event o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.action != null) {
        g.writeFieldName("action");
        Codecs.STRING.write(g, o.action);
      }
      if (o.apiVersion != null) {
        g.writeFieldName("apiVersion");
        Codecs.STRING.write(g, o.apiVersion);
      }
      if (o.deprecatedCount != null) {
        g.writeFieldName("deprecatedCount");
        Codecs.INT32.write(g, o.deprecatedCount);
      }
      if (o.deprecatedFirstTimestamp != null) {
        g.writeFieldName("deprecatedFirstTimestamp");
        Codecs.TIME.write(g, o.deprecatedFirstTimestamp);
      }
      if (o.deprecatedLastTimestamp != null) {
        g.writeFieldName("deprecatedLastTimestamp");
        Codecs.TIME.write(g, o.deprecatedLastTimestamp);
      }
      if (o.deprecatedSource != null) {
        g.writeFieldName("deprecatedSource");
        V1EventSource.CODEC.write(g, o.deprecatedSource);
      }
      if (o.eventTime != null) {
        g.writeFieldName("eventTime");
        Codecs.MICRO_TIME.write(g, o.eventTime);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.note != null) {
        g.writeFieldName("note");
        Codecs.STRING.write(g, o.note);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
      if (o.regarding != null) {
        g.writeFieldName("regarding");
        V1ObjectReference.CODEC.write(g, o.regarding);
      }
      if (o.related != null) {
        g.writeFieldName("related");
        V1ObjectReference.CODEC.write(g, o.related);
      }
      if (o.reportingController != null) {
        g.writeFieldName("reportingController");
        Codecs.STRING.write(g, o.reportingController);
      }
      if (o.reportingInstance != null) {
        g.writeFieldName("reportingInstance");
        Codecs.STRING.write(g, o.reportingInstance);
      }
      if (o.series != null) {
        g.writeFieldName("series");
        EventsV1EventSeries.CODEC.write(g, o.series);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

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

  public EventsV1Event action(String action) {
    this.action = action;
    return this;
  }

  /**
   * action is what action was taken/failed regarding to the regarding object. It is
   * machine-readable. This field cannot be empty for new Events and it can have at most 128
   * characters.
   *
   * @return action
   */
  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public EventsV1Event apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * APIVersion defines the versioned schema of this representation of an object. Servers should
   * convert recognized schemas to the latest internal value, and may reject unrecognized values.
   * More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
   *
   * @return apiVersion
   */
  public String getApiVersion() {
    return apiVersion;
  }

  public void setApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  public EventsV1Event deprecatedCount(Integer deprecatedCount) {
    this.deprecatedCount = deprecatedCount;
    return this;
  }

  /**
   * deprecatedCount is the deprecated field assuring backward compatibility with core.v1 Event
   * type.
   *
   * @return deprecatedCount
   */
  public Integer getDeprecatedCount() {
    return deprecatedCount;
  }

  public void setDeprecatedCount(Integer deprecatedCount) {
    this.deprecatedCount = deprecatedCount;
  }

  public EventsV1Event deprecatedFirstTimestamp(OffsetDateTime deprecatedFirstTimestamp) {
    this.deprecatedFirstTimestamp = deprecatedFirstTimestamp;
    return this;
  }

  /**
   * deprecatedFirstTimestamp is the deprecated field assuring backward compatibility with
   * core.v1 Event type.
   *
   * @return deprecatedFirstTimestamp
   */
  public OffsetDateTime getDeprecatedFirstTimestamp() {
    return deprecatedFirstTimestamp;
  }

  public void setDeprecatedFirstTimestamp(OffsetDateTime deprecatedFirstTimestamp) {
    this.deprecatedFirstTimestamp = deprecatedFirstTimestamp;
  }

  public EventsV1Event deprecatedLastTimestamp(OffsetDateTime deprecatedLastTimestamp) {
    this.deprecatedLastTimestamp = deprecatedLastTimestamp;
    return this;
  }

  /**
   * deprecatedLastTimestamp is the deprecated field assuring backward compatibility with core.v1
   * Event type.
   *
   * @return deprecatedLastTimestamp
   */
  public OffsetDateTime getDeprecatedLastTimestamp() {
    return deprecatedLastTimestamp;
  }

  public void setDeprecatedLastTimestamp(OffsetDateTime deprecatedLastTimestamp) {
    this.deprecatedLastTimestamp = deprecatedLastTimestamp;
  }

  public EventsV1Event deprecatedSource(V1EventSource deprecatedSource) {
    this.deprecatedSource = deprecatedSource;
    return this;
  }

  /**
   * deprecatedSource is the deprecated field assuring backward compatibility with core.v1 Event
   * type.
   *
   * @return deprecatedSource
   */
  public V1EventSource getDeprecatedSource() {
    return deprecatedSource;
  }

  public void setDeprecatedSource(V1EventSource deprecatedSource) {
    this.deprecatedSource = deprecatedSource;
  }

  public EventsV1Event eventTime(OffsetDateTime eventTime) {
    this.eventTime = eventTime;
    return this;
  }

  /**
   * eventTime is the time when this Event was first observed. It is required.
   *
   * @return eventTime
   */
  public OffsetDateTime getEventTime() {
    return eventTime;
  }

  public void setEventTime(OffsetDateTime eventTime) {
    this.eventTime = eventTime;
  }

  public EventsV1Event kind(String kind) {
    this.kind = kind;
    return this;
  }

  /**
   * Kind is a string value representing the REST resource this object represents. Servers may
   * infer this from the endpoint the client submits requests to. Cannot be updated. In
   * CamelCase. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
   *
   * @return kind
   */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public EventsV1Event metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * metadata is the standard object's metadata. More info:
   * https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public EventsV1Event note(String note) {
    this.note = note;
    return this;
  }

  /**
   * note is a human-readable description of the status of this operation. Maximal length of the
   * note is 1kB, but libraries should be prepared to handle values up to 64kB.
   *
   * @return note
   */
  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public EventsV1Event reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * reason is why the action was taken. It is human-readable. This field cannot be empty for new
   * Events and it can have at most 128 characters.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public EventsV1Event regarding(V1ObjectReference regarding) {
    this.regarding = regarding;
    return this;
  }

  /**
   * regarding contains the object this Event is about. In most cases it's an Object reporting
   * controller implements, e.g. ReplicaSetController implements ReplicaSets and this event is
   * emitted because it acts on some changes in a ReplicaSet object.
   *
   * @return regarding
   */
  public V1ObjectReference getRegarding() {
    return regarding;
  }

  public void setRegarding(V1ObjectReference regarding) {
    this.regarding = regarding;
  }

  public EventsV1Event related(V1ObjectReference related) {
    this.related = related;
    return this;
  }

  /**
   * related is the optional secondary object for more complex actions. E.g. when regarding
   * object triggers a creation or deletion of related object.
   *
   * @return related
   */
  public V1ObjectReference getRelated() {
    return related;
  }

  public void setRelated(V1ObjectReference related) {
    this.related = related;
  }

  public EventsV1Event reportingController(String reportingController) {
    this.reportingController = reportingController;
    return this;
  }

  /**
   * reportingController is the name of the controller that emitted this Event, e.g.
   * `kubernetes.io/kubelet`. This field cannot be empty for new Events.
   *
   * @return reportingController
   */
  public String getReportingController() {
    return reportingController;
  }

  public void setReportingController(String reportingController) {
    this.reportingController = reportingController;
  }

  public EventsV1Event reportingInstance(String reportingInstance) {
    this.reportingInstance = reportingInstance;
    return this;
  }

  /**
   * reportingInstance is the ID of the controller instance, e.g. `kubelet-xyzf`. This field
   * cannot be empty for new Events and it can have at most 128 characters.
   *
   * @return reportingInstance
   */
  public String getReportingInstance() {
    return reportingInstance;
  }

  public void setReportingInstance(String reportingInstance) {
    this.reportingInstance = reportingInstance;
  }

  public EventsV1Event series(EventsV1EventSeries series) {
    this.series = series;
    return this;
  }

  /**
   * series is data about the Event series this event represents or nil if it's a singleton
   * Event.
   *
   * @return series
   */
  public EventsV1EventSeries getSeries() {
    return series;
  }

  public void setSeries(EventsV1EventSeries series) {
    this.series = series;
  }

  public EventsV1Event type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type is the type of this event (Normal, Warning), new types could be added in the future. It
   * is machine-readable. This field cannot be empty for new Events.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    EventsV1Event that = (EventsV1Event) other;
    return Objects.equals(action, that.action)
        && Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(deprecatedCount, that.deprecatedCount)
        && Objects.equals(deprecatedFirstTimestamp, that.deprecatedFirstTimestamp)
        && Objects.equals(deprecatedLastTimestamp, that.deprecatedLastTimestamp)
        && Objects.equals(deprecatedSource, that.deprecatedSource)
        && Objects.equals(eventTime, that.eventTime)
        && Objects.equals(kind, that.kind)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(note, that.note)
        && Objects.equals(reason, that.reason)
        && Objects.equals(regarding, that.regarding)
        && Objects.equals(related, that.related)
        && Objects.equals(reportingController, that.reportingController)
        && Objects.equals(reportingInstance, that.reportingInstance)
        && Objects.equals(series, that.series)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, apiVersion, deprecatedCount, deprecatedFirstTimestamp, deprecatedLastTimestamp, deprecatedSource, eventTime, kind, metadata, note, reason, regarding, related, reportingController, reportingInstance, series, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class EventsV1Event {\n");
    sb.append("    action: ").append(action).append('\n');
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    deprecatedCount: ").append(deprecatedCount).append('\n');
    sb.append("    deprecatedFirstTimestamp: ").append(deprecatedFirstTimestamp).append('\n');
    sb.append("    deprecatedLastTimestamp: ").append(deprecatedLastTimestamp).append('\n');
    sb.append("    deprecatedSource: ").append(String.valueOf(deprecatedSource).replace("\n", "\n    ")).append('\n');
    sb.append("    eventTime: ").append(eventTime).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    note: ").append(note).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    regarding: ").append(String.valueOf(regarding).replace("\n", "\n    ")).append('\n');
    sb.append("    related: ").append(String.valueOf(related).replace("\n", "\n    ")).append('\n');
    sb.append("    reportingController: ").append(reportingController).append('\n');
    sb.append("    reportingInstance: ").append(reportingInstance).append('\n');
    sb.append("    series: ").append(String.valueOf(series).replace("\n", "\n    ")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
