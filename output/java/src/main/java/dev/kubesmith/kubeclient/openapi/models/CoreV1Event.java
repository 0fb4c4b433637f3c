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
 * Event is a report of an event somewhere in the cluster.  Events have a limited retention
 * time and triggers and messages may evolve with time.  Event consumers should not rely on the
 * timing of an event with a given Reason reflecting a consistent underlying trigger, or the
 * continued existence of events with that Reason.  Events should be treated as informative,
 * best-effort, supplemental data.
 */
public class CoreV1Event implements KubernetesObject {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "action",
      "apiVersion",
      "count",
      "eventTime",
      "firstTimestamp",
      "involvedObject",
      "kind",
      "lastTimestamp",
      "message",
      "metadata",
      "reason",
      "related",
      "reportingComponent",
      "reportingInstance",
      "series",
      "source",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<CoreV1Event> CODEC = new Codec<CoreV1Event>() {
    @Override
    public CoreV1Event read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (CoreV1Event)");
      }
      CoreV1Event o = new CoreV1Event();
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
            o.count = Codecs.INT32.read(p);
            break;
          case 3:
            o.eventTime = Codecs.MICRO_TIME.read(p);
            break;
          case 4:
            o.firstTimestamp = Codecs.TIME.read(p);
            break;
          case 5:
            o.involvedObject = V1ObjectReference.CODEC.read(p);
            break;
          case 6:
            o.kind = Codecs.STRING.read(p);
            break;
          case 7:
            o.lastTimestamp = Codecs.TIME.read(p);
            break;
          case 8:
            o.message = Codecs.STRING.read(p);
            break;
          case 9:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 10:
            o.reason = Codecs.STRING.read(p);
            break;
          case 11:
            o.related = V1ObjectReference.CODEC.read(p);
            break;
          case 12:
            o.reportingComponent = Codecs.STRING.read(p);
            break;
          case 13:
            o.reportingInstance = Codecs.STRING.read(p);
            break;
          case 14:
            o.series = CoreV1EventSeries.CODEC.read(p);
            break;
          case 15:
            o.source = V1EventSource.CODEC.read(p);
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
    public void write(JsonGenerator g, CoreV1Event o) throws IOException {
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
      if (o.count != null) {
        g.writeFieldName("count");
        Codecs.INT32.write(g, o.count);
      }
      if (o.eventTime != null) {
        g.writeFieldName("eventTime");
        Codecs.MICRO_TIME.write(g, o.eventTime);
      }
      if (o.firstTimestamp != null) {
        g.writeFieldName("firstTimestamp");
        Codecs.TIME.write(g, o.firstTimestamp);
      }
      if (o.involvedObject != null) {
        g.writeFieldName("involvedObject");
        V1ObjectReference.CODEC.write(g, o.involvedObject);
      }
      if (o.kind != null) {
        g.writeFieldName("kind");
        Codecs.STRING.write(g, o.kind);
      }
      if (o.lastTimestamp != null) {
        g.writeFieldName("lastTimestamp");
        Codecs.TIME.write(g, o.lastTimestamp);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
      if (o.related != null) {
        g.writeFieldName("related");
        V1ObjectReference.CODEC.write(g, o.related);
      }
      if (o.reportingComponent != null) {
        g.writeFieldName("reportingComponent");
        Codecs.STRING.write(g, o.reportingComponent);
      }
      if (o.reportingInstance != null) {
        g.writeFieldName("reportingInstance");
        Codecs.STRING.write(g, o.reportingInstance);
      }
      if (o.series != null) {
        g.writeFieldName("series");
        CoreV1EventSeries.CODEC.write(g, o.series);
      }
      if (o.source != null) {
        g.writeFieldName("source");
        V1EventSource.CODEC.write(g, o.source);
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

  public CoreV1Event action(String action) {
    this.action = action;
    return this;
  }

  /**
   * What action was taken/failed regarding to the Regarding object.
   *
   * @return action
   */
  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public CoreV1Event apiVersion(String apiVersion) {
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

  public CoreV1Event count(Integer count) {
    this.count = count;
    return this;
  }

  /**
   * The number of times this event has occurred.
   *
   * @return count
   */
  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public CoreV1Event eventTime(OffsetDateTime eventTime) {
    this.eventTime = eventTime;
    return this;
  }

  /**
   * Time when this Event was first observed.
   *
   * @return eventTime
   */
  public OffsetDateTime getEventTime() {
    return eventTime;
  }

  public void setEventTime(OffsetDateTime eventTime) {
    this.eventTime = eventTime;
  }

  public CoreV1Event firstTimestamp(OffsetDateTime firstTimestamp) {
    this.firstTimestamp = firstTimestamp;
    return this;
  }

  /**
   * The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)
   *
   * @return firstTimestamp
   */
  public OffsetDateTime getFirstTimestamp() {
    return firstTimestamp;
  }

  public void setFirstTimestamp(OffsetDateTime firstTimestamp) {
    this.firstTimestamp = firstTimestamp;
  }

  public CoreV1Event involvedObject(V1ObjectReference involvedObject) {
    this.involvedObject = involvedObject;
    return this;
  }

  /**
   * The object that this event is about.
   *
   * @return involvedObject
   */
  public V1ObjectReference getInvolvedObject() {
    return involvedObject;
  }

  public void setInvolvedObject(V1ObjectReference involvedObject) {
    this.involvedObject = involvedObject;
  }

  public CoreV1Event kind(String kind) {
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

  public CoreV1Event lastTimestamp(OffsetDateTime lastTimestamp) {
    this.lastTimestamp = lastTimestamp;
    return this;
  }

  /**
   * The time at which the most recent occurrence of this event was recorded.
   *
   * @return lastTimestamp
   */
  public OffsetDateTime getLastTimestamp() {
    return lastTimestamp;
  }

  public void setLastTimestamp(OffsetDateTime lastTimestamp) {
    this.lastTimestamp = lastTimestamp;
  }

  public CoreV1Event message(String message) {
    this.message = message;
    return this;
  }

  /**
   * A human-readable description of the status of this operation.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public CoreV1Event metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * Standard object's metadata. More info:
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

  public CoreV1Event reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * This should be a short, machine understandable string that gives the reason for the
   * transition into the object's current status.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public CoreV1Event related(V1ObjectReference related) {
    this.related = related;
    return this;
  }

  /**
   * Optional secondary object for more complex actions.
   *
   * @return related
   */
  public V1ObjectReference getRelated() {
    return related;
  }

  public void setRelated(V1ObjectReference related) {
    this.related = related;
  }

  public CoreV1Event reportingComponent(String reportingComponent) {
    this.reportingComponent = reportingComponent;
    return this;
  }

  /**
   * Name of the controller that emitted this Event, e.g. `kubernetes.io/kubelet`.
   *
   * @return reportingComponent
   */
  public String getReportingComponent() {
    return reportingComponent;
  }

  public void setReportingComponent(String reportingComponent) {
    this.reportingComponent = reportingComponent;
  }

  public CoreV1Event reportingInstance(String reportingInstance) {
    this.reportingInstance = reportingInstance;
    return this;
  }

  /**
   * ID of the controller instance, e.g. `kubelet-xyzf`.
   *
   * @return reportingInstance
   */
  public String getReportingInstance() {
    return reportingInstance;
  }

  public void setReportingInstance(String reportingInstance) {
    this.reportingInstance = reportingInstance;
  }

  public CoreV1Event series(CoreV1EventSeries series) {
    this.series = series;
    return this;
  }

  /**
   * Data about the Event series this event represents or nil if it's a singleton Event.
   *
   * @return series
   */
  public CoreV1EventSeries getSeries() {
    return series;
  }

  public void setSeries(CoreV1EventSeries series) {
    this.series = series;
  }

  public CoreV1Event source(V1EventSource source) {
    this.source = source;
    return this;
  }

  /**
   * The component reporting this event. Should be a short machine understandable string.
   *
   * @return source
   */
  public V1EventSource getSource() {
    return source;
  }

  public void setSource(V1EventSource source) {
    this.source = source;
  }

  public CoreV1Event type(String type) {
    this.type = type;
    return this;
  }

  /**
   * Type of this event (Normal, Warning), new types could be added in the future
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
    CoreV1Event that = (CoreV1Event) other;
    return Objects.equals(action, that.action)
        && Objects.equals(apiVersion, that.apiVersion)
        && Objects.equals(count, that.count)
        && Objects.equals(eventTime, that.eventTime)
        && Objects.equals(firstTimestamp, that.firstTimestamp)
        && Objects.equals(involvedObject, that.involvedObject)
        && Objects.equals(kind, that.kind)
        && Objects.equals(lastTimestamp, that.lastTimestamp)
        && Objects.equals(message, that.message)
        && Objects.equals(metadata, that.metadata)
        && Objects.equals(reason, that.reason)
        && Objects.equals(related, that.related)
        && Objects.equals(reportingComponent, that.reportingComponent)
        && Objects.equals(reportingInstance, that.reportingInstance)
        && Objects.equals(series, that.series)
        && Objects.equals(source, that.source)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, apiVersion, count, eventTime, firstTimestamp, involvedObject, kind, lastTimestamp, message, metadata, reason, related, reportingComponent, reportingInstance, series, source, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class CoreV1Event {\n");
    sb.append("    action: ").append(action).append('\n');
    sb.append("    apiVersion: ").append(apiVersion).append('\n');
    sb.append("    count: ").append(count).append('\n');
    sb.append("    eventTime: ").append(eventTime).append('\n');
    sb.append("    firstTimestamp: ").append(firstTimestamp).append('\n');
    sb.append("    involvedObject: ").append(String.valueOf(involvedObject).replace("\n", "\n    ")).append('\n');
    sb.append("    kind: ").append(kind).append('\n');
    sb.append("    lastTimestamp: ").append(lastTimestamp).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    related: ").append(String.valueOf(related).replace("\n", "\n    ")).append('\n');
    sb.append("    reportingComponent: ").append(reportingComponent).append('\n');
    sb.append("    reportingInstance: ").append(reportingInstance).append('\n');
    sb.append("    series: ").append(String.valueOf(series).replace("\n", "\n    ")).append('\n');
    sb.append("    source: ").append(String.valueOf(source).replace("\n", "\n    ")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
