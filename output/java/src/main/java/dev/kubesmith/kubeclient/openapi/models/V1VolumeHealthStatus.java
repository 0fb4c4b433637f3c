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
 * VolumeHealthStatus contains health information for a volume reported by the CSI controller
 * plugin.
 */
public class V1VolumeHealthStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "healthConditions",
      "lastTransitionTime");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeHealthStatus> CODEC = new Codec<V1VolumeHealthStatus>() {
    @Override
    public V1VolumeHealthStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeHealthStatus)");
      }
      V1VolumeHealthStatus o = new V1VolumeHealthStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.healthConditions = Codecs.listOf(V1VolumeHealthCondition.CODEC).read(p);
            break;
          case 1:
            o.lastTransitionTime = Codecs.TIME.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeHealthStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.healthConditions != null) {
        g.writeFieldName("healthConditions");
        Codecs.listOf(V1VolumeHealthCondition.CODEC).write(g, o.healthConditions);
      }
      if (o.lastTransitionTime != null) {
        g.writeFieldName("lastTransitionTime");
        Codecs.TIME.write(g, o.lastTransitionTime);
      }
      g.writeEndObject();
    }
  };

  private List<V1VolumeHealthCondition> healthConditions;

  private OffsetDateTime lastTransitionTime;

  public V1VolumeHealthStatus healthConditions(List<V1VolumeHealthCondition> healthConditions) {
    this.healthConditions = healthConditions;
    return this;
  }

  public V1VolumeHealthStatus addHealthConditionsItem(V1VolumeHealthCondition item) {
    if (this.healthConditions == null) {
      this.healthConditions = new ArrayList<>();
    }
    this.healthConditions.add(item);
    return this;
  }

  /**
   * conditions is the set of adverse conditions reported by the CSI controller plugin. An empty
   * list means no adverse condition. At most 16 conditions may be reported.
   *
   * @return healthConditions
   */
  public List<V1VolumeHealthCondition> getHealthConditions() {
    return healthConditions;
  }

  public void setHealthConditions(List<V1VolumeHealthCondition> healthConditions) {
    this.healthConditions = healthConditions;
  }

  public V1VolumeHealthStatus lastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
    return this;
  }

  /**
   * lastTransitionTime is when the current set of conditions first appeared.
   *
   * @return lastTransitionTime
   */
  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  public void setLastTransitionTime(OffsetDateTime lastTransitionTime) {
    this.lastTransitionTime = lastTransitionTime;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeHealthStatus that = (V1VolumeHealthStatus) other;
    return Objects.equals(healthConditions, that.healthConditions)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(healthConditions, lastTransitionTime);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeHealthStatus {\n");
    sb.append("    healthConditions: ").append(String.valueOf(healthConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    lastTransitionTime: ").append(lastTransitionTime).append('\n');
    return sb.append("}").toString();
  }
}
