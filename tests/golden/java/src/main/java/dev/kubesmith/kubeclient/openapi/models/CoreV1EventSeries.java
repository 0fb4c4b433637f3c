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
 * continuously for some time.
 */
public class CoreV1EventSeries {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "count",
      "lastObservedTime");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<CoreV1EventSeries> CODEC = new Codec<CoreV1EventSeries>() {
    @Override
    public CoreV1EventSeries read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (CoreV1EventSeries)");
      }
      CoreV1EventSeries o = new CoreV1EventSeries();
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
    public void write(JsonGenerator g, CoreV1EventSeries o) throws IOException {
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

  public CoreV1EventSeries count(Integer count) {
    this.count = count;
    return this;
  }

  /**
   * Number of occurrences in this series up to the last heartbeat time
   *
   * @return count
   */
  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public CoreV1EventSeries lastObservedTime(OffsetDateTime lastObservedTime) {
    this.lastObservedTime = lastObservedTime;
    return this;
  }

  /**
   * Time of the last occurrence observed
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
    CoreV1EventSeries that = (CoreV1EventSeries) other;
    return Objects.equals(count, that.count)
        && Objects.equals(lastObservedTime, that.lastObservedTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, lastObservedTime);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class CoreV1EventSeries {\n");
    sb.append("    count: ").append(count).append('\n');
    sb.append("    lastObservedTime: ").append(lastObservedTime).append('\n');
    return sb.append("}").toString();
  }
}
