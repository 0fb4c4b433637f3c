package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CronJobStatus represents the current state of a cron job.
 */
public class V1CronJobStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "active",
      "lastScheduleTime",
      "lastSuccessfulTime");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CronJobStatus> CODEC = new Codec<V1CronJobStatus>() {
    @Override
    public V1CronJobStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CronJobStatus)");
      }
      V1CronJobStatus o = new V1CronJobStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.active = Codecs.listOf(V1ObjectReference.CODEC).read(p);
            break;
          case 1:
            o.lastScheduleTime = Codecs.TIME.read(p);
            break;
          case 2:
            o.lastSuccessfulTime = Codecs.TIME.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CronJobStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.active != null) {
        g.writeFieldName("active");
        Codecs.listOf(V1ObjectReference.CODEC).write(g, o.active);
      }
      if (o.lastScheduleTime != null) {
        g.writeFieldName("lastScheduleTime");
        Codecs.TIME.write(g, o.lastScheduleTime);
      }
      if (o.lastSuccessfulTime != null) {
        g.writeFieldName("lastSuccessfulTime");
        Codecs.TIME.write(g, o.lastSuccessfulTime);
      }
      g.writeEndObject();
    }
  };

  private List<V1ObjectReference> active;

  private OffsetDateTime lastScheduleTime;

  private OffsetDateTime lastSuccessfulTime;

  public V1CronJobStatus active(List<V1ObjectReference> active) {
    this.active = active;
    return this;
  }

  public V1CronJobStatus addActiveItem(V1ObjectReference item) {
    if (this.active == null) {
      this.active = new ArrayList<>();
    }
    this.active.add(item);
    return this;
  }

  /**
   * A list of pointers to currently running jobs.
   *
   * @return active
   */
  public List<V1ObjectReference> getActive() {
    return active;
  }

  public void setActive(List<V1ObjectReference> active) {
    this.active = active;
  }

  public V1CronJobStatus lastScheduleTime(OffsetDateTime lastScheduleTime) {
    this.lastScheduleTime = lastScheduleTime;
    return this;
  }

  /**
   * Information when was the last time the job was successfully scheduled.
   *
   * @return lastScheduleTime
   */
  public OffsetDateTime getLastScheduleTime() {
    return lastScheduleTime;
  }

  public void setLastScheduleTime(OffsetDateTime lastScheduleTime) {
    this.lastScheduleTime = lastScheduleTime;
  }

  public V1CronJobStatus lastSuccessfulTime(OffsetDateTime lastSuccessfulTime) {
    this.lastSuccessfulTime = lastSuccessfulTime;
    return this;
  }

  /**
   * Information when was the last time the job successfully completed.
   *
   * @return lastSuccessfulTime
   */
  public OffsetDateTime getLastSuccessfulTime() {
    return lastSuccessfulTime;
  }

  public void setLastSuccessfulTime(OffsetDateTime lastSuccessfulTime) {
    this.lastSuccessfulTime = lastSuccessfulTime;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CronJobStatus that = (V1CronJobStatus) other;
    return Objects.equals(active, that.active)
        && Objects.equals(lastScheduleTime, that.lastScheduleTime)
        && Objects.equals(lastSuccessfulTime, that.lastSuccessfulTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(active, lastScheduleTime, lastSuccessfulTime);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CronJobStatus {\n");
    sb.append("    active: ").append(String.valueOf(active).replace("\n", "\n    ")).append('\n');
    sb.append("    lastScheduleTime: ").append(lastScheduleTime).append('\n');
    sb.append("    lastSuccessfulTime: ").append(lastSuccessfulTime).append('\n');
    return sb.append("}").toString();
  }
}
