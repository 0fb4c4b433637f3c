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
 * PodGroupStatus represents information about the status of a pod group.
 */
public class V1alpha3PodGroupStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "resourceClaimStatuses");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3PodGroupStatus> CODEC = new Codec<V1alpha3PodGroupStatus>() {
    @Override
    public V1alpha3PodGroupStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3PodGroupStatus)");
      }
      V1alpha3PodGroupStatus o = new V1alpha3PodGroupStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          case 1:
            o.resourceClaimStatuses = Codecs.listOf(V1alpha3PodGroupResourceClaimStatus.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3PodGroupStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      if (o.resourceClaimStatuses != null) {
        g.writeFieldName("resourceClaimStatuses");
        Codecs.listOf(V1alpha3PodGroupResourceClaimStatus.CODEC).write(g, o.resourceClaimStatuses);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  private List<V1alpha3PodGroupResourceClaimStatus> resourceClaimStatuses;

  public V1alpha3PodGroupStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1alpha3PodGroupStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions represent the latest observations of the PodGroup's state.
   *
   * Known condition types: - "PodGroupInitiallyScheduled": Indicates whether the scheduling
   * requirement has been satisfied. Once this condition transitions to True, it serves as a
   * terminal state and will never revert to False, even if pods are subsequently evicted and
   * group constraints are no longer met. - "DisruptionTarget": Indicates whether the PodGroup is
   * about to be terminated
   *   due to disruption such as preemption.
   *
   * Known reasons for the PodGroupInitiallyScheduled condition: - "Unschedulable": The PodGroup
   * cannot be scheduled due to resource constraints,
   *   affinity/anti-affinity rules, or insufficient capacity for the gang.
   * - "SchedulerError": The PodGroup cannot be scheduled due to some internal error
   *   that happened during scheduling, for example due to nodeAffinity parsing errors.
   *
   * Known reasons for the DisruptionTarget condition: - "PreemptionByScheduler": The PodGroup
   * was preempted by the scheduler to make room for
   *   higher-priority PodGroups or Pods.
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1alpha3PodGroupStatus resourceClaimStatuses(List<V1alpha3PodGroupResourceClaimStatus> resourceClaimStatuses) {
    this.resourceClaimStatuses = resourceClaimStatuses;
    return this;
  }

  public V1alpha3PodGroupStatus addResourceClaimStatusesItem(V1alpha3PodGroupResourceClaimStatus item) {
    if (this.resourceClaimStatuses == null) {
      this.resourceClaimStatuses = new ArrayList<>();
    }
    this.resourceClaimStatuses.add(item);
    return this;
  }

  /**
   * resourceClaimStatuses is status of resource claims.
   *
   * @return resourceClaimStatuses
   */
  public List<V1alpha3PodGroupResourceClaimStatus> getResourceClaimStatuses() {
    return resourceClaimStatuses;
  }

  public void setResourceClaimStatuses(List<V1alpha3PodGroupResourceClaimStatus> resourceClaimStatuses) {
    this.resourceClaimStatuses = resourceClaimStatuses;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3PodGroupStatus that = (V1alpha3PodGroupStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(resourceClaimStatuses, that.resourceClaimStatuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, resourceClaimStatuses);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3PodGroupStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceClaimStatuses: ").append(String.valueOf(resourceClaimStatuses).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
