package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CompositePodGroupStatus represents information about the status of a composite pod group.
 */
public class V1alpha3CompositePodGroupStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3CompositePodGroupStatus> CODEC = new Codec<V1alpha3CompositePodGroupStatus>() {
    @Override
    public V1alpha3CompositePodGroupStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3CompositePodGroupStatus)");
      }
      V1alpha3CompositePodGroupStatus o = new V1alpha3CompositePodGroupStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3CompositePodGroupStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  public V1alpha3CompositePodGroupStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1alpha3CompositePodGroupStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions represent the latest observations of the CompositePodGroup's state.
   *
   * Known condition types: - "CompositePodGroupInitiallyScheduled": Indicates whether the
   * overall scheduling requirement
   *   for the subtree under this CompositePodGroup has been satisfied. Once this condition
   *   transitions to True, it serves as a terminal state and will never revert to False,
   *   even if pods are subsequently deleted and group constraints are no longer met.
   * - "DisruptionTarget": Indicates whether the CompositePodGroup is about to be terminated
   *   due to disruption such as preemption.
   *
   * Known reasons for the CompositePodGroupInitiallyScheduled condition: - "Unschedulable": The
   * CompositePodGroup's subtree could not be placed due to resource constraints,
   *   affinity/anti-affinity, or topological constraints.
   * - "SchedulerError": The CompositePodGroup cannot be scheduled due to some internal error
   *   that occurred during scheduling.
   * - "Invalid": Set to True when kube-scheduler detects an invalid group layout during
   *   runtime validation. The `message` field details the specific layout violation (such as
   *   a detected cycle, exceeding the maximum depth of 4, or referencing multiple distinct
   * Workloads).
   *
   * Known reasons for the DisruptionTarget condition: - "PreemptionByScheduler": The
   * CompositePodGroup was targeted by the scheduler's preemption loop
   *   to free up capacity for higher-priority preemptors.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3CompositePodGroupStatus that = (V1alpha3CompositePodGroupStatus) other;
    return Objects.equals(conditions, that.conditions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3CompositePodGroupStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
