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
 * PodVolumeHealth contains health information for a volume used by a pod, reported by the CSI
 * node plugin via the kubelet.
 */
public class V1PodVolumeHealth {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "healthConditions",
      "lastTransitionTime",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodVolumeHealth> CODEC = new Codec<V1PodVolumeHealth>() {
    @Override
    public V1PodVolumeHealth read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodVolumeHealth)");
      }
      V1PodVolumeHealth o = new V1PodVolumeHealth();
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
          case 2:
            o.name = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodVolumeHealth o) throws IOException {
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
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private List<V1VolumeHealthCondition> healthConditions;

  private OffsetDateTime lastTransitionTime;

  private String name;

  public V1PodVolumeHealth healthConditions(List<V1VolumeHealthCondition> healthConditions) {
    this.healthConditions = healthConditions;
    return this;
  }

  public V1PodVolumeHealth addHealthConditionsItem(V1VolumeHealthCondition item) {
    if (this.healthConditions == null) {
      this.healthConditions = new ArrayList<>();
    }
    this.healthConditions.add(item);
    return this;
  }

  /**
   * conditions is the set of adverse conditions reported by the CSI node plugin for this volume
   * on this node. At most 16 conditions may be reported.
   *
   * @return healthConditions
   */
  public List<V1VolumeHealthCondition> getHealthConditions() {
    return healthConditions;
  }

  public void setHealthConditions(List<V1VolumeHealthCondition> healthConditions) {
    this.healthConditions = healthConditions;
  }

  public V1PodVolumeHealth lastTransitionTime(OffsetDateTime lastTransitionTime) {
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

  public V1PodVolumeHealth name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name matches an entry in pod.spec.volumes.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodVolumeHealth that = (V1PodVolumeHealth) other;
    return Objects.equals(healthConditions, that.healthConditions)
        && Objects.equals(lastTransitionTime, that.lastTransitionTime)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(healthConditions, lastTransitionTime, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodVolumeHealth {\n");
    sb.append("    healthConditions: ").append(String.valueOf(healthConditions).replace("\n", "\n    ")).append('\n');
    sb.append("    lastTransitionTime: ").append(lastTransitionTime).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
