package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * EventSeries contain information on series of events, i.e. thing that was/is happening
 * continuously for some time. How often to update the EventSeries is up to the event
 * reporters. The default event reporter in
 * "k8s.io/client-go/tools/events/event_broadcaster.go" shows how this struct is updated on
 * heartbeats and can guide customized reporter implementations.
 */
public class EventsV1EventSeries {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "count",
      "lastObservedTime");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<EventsV1EventSeries> CODEC = new Codec<EventsV1EventSeries>() {
    @Override
    public EventsV1EventSeries read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (EventsV1EventSeries)");
      }
      EventsV1EventSeries o = new EventsV1EventSeries();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.count = Codecs.INT32.read(p);
            break;
          case 1:
            o.lastObservedTime = Codecs.MICRO_TIME.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, EventsV1EventSeries o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.count != null) {
        g.writeFieldName("count");
        Codecs.INT32.write(g, o.count);
      }
      if (o.lastObservedTime != null) {
        g.writeFieldName("lastObservedTime");
        Codecs.MICRO_TIME.write(g, o.lastObservedTime);
      }
      g.writeEndObject();
    }
  };

  private Integer count;

  private OffsetDateTime lastObservedTime;

  public EventsV1EventSeries count(Integer count) {
    this.count = count;
    return this;
  }

  /**
   * count is the number of occurrences in this series up to the last heartbeat time.
   *
   * @return count
   */
  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public EventsV1EventSeries lastObservedTime(OffsetDateTime lastObservedTime) {
    this.lastObservedTime = lastObservedTime;
    return this;
  }

  /**
   * lastObservedTime is the time when last Event from the series was seen before last heartbeat.
   *
   * @return lastObservedTime
   */
  public OffsetDateTime getLastObservedTime() {
    return lastObservedTime;
  }

  public void setLastObservedTime(OffsetDateTime lastObservedTime) {
    this.lastObservedTime = lastObservedTime;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    EventsV1EventSeries that = (EventsV1EventSeries) other;
    return Objects.equals(count, that.count)
        && Objects.equals(lastObservedTime, that.lastObservedTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, lastObservedTime);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class EventsV1EventSeries {\n");
    sb.append("    count: ").append(count).append('\n');
    sb.append("    lastObservedTime: ").append(lastObservedTime).append('\n');
    return sb.append("}").toString();
  }
}
