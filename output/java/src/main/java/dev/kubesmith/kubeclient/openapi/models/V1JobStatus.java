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
 * JobStatus represents the current state of a Job.
 */
public class V1JobStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "active",
      "completedIndexes",
      "completionTime",
      "conditions",
      "failed",
      "failedIndexes",
      "ready",
      "startTime",
      "succeeded",
      "terminating",
      "uncountedTerminatedPods");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1JobStatus> CODEC = new Codec<V1JobStatus>() {
    @Override
    public V1JobStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1JobStatus)");
      }
      V1JobStatus o = new V1JobStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.active = Codecs.INT32.read(p);
            break;
          case 1:
            o.completedIndexes = Codecs.STRING.read(p);
            break;
          case 2:
            o.completionTime = Codecs.TIME.read(p);
            break;
          case 3:
            o.conditions = Codecs.listOf(V1JobCondition.CODEC).read(p);
            break;
          case 4:
            o.failed = Codecs.INT32.read(p);
            break;
          case 5:
            o.failedIndexes = Codecs.STRING.read(p);
            break;
          case 6:
            o.ready = Codecs.INT32.read(p);
            break;
          case 7:
            o.startTime = Codecs.TIME.read(p);
            break;
          case 8:
            o.succeeded = Codecs.INT32.read(p);
            break;
          case 9:
            o.terminating = Codecs.INT32.read(p);
            break;
          case 10:
            o.uncountedTerminatedPods = V1UncountedTerminatedPods.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1JobStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.active != null) {
        g.writeFieldName("active");
        Codecs.INT32.write(g, o.active);
      }
      if (o.completedIndexes != null) {
        g.writeFieldName("completedIndexes");
        Codecs.STRING.write(g, o.completedIndexes);
      }
      if (o.completionTime != null) {
        g.writeFieldName("completionTime");
        Codecs.TIME.write(g, o.completionTime);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1JobCondition.CODEC).write(g, o.conditions);
      }
      if (o.failed != null) {
        g.writeFieldName("failed");
        Codecs.INT32.write(g, o.failed);
      }
      if (o.failedIndexes != null) {
        g.writeFieldName("failedIndexes");
        Codecs.STRING.write(g, o.failedIndexes);
      }
      if (o.ready != null) {
        g.writeFieldName("ready");
        Codecs.INT32.write(g, o.ready);
      }
      if (o.startTime != null) {
        g.writeFieldName("startTime");
        Codecs.TIME.write(g, o.startTime);
      }
      if (o.succeeded != null) {
        g.writeFieldName("succeeded");
        Codecs.INT32.write(g, o.succeeded);
      }
      if (o.terminating != null) {
        g.writeFieldName("terminating");
        Codecs.INT32.write(g, o.terminating);
      }
      if (o.uncountedTerminatedPods != null) {
        g.writeFieldName("uncountedTerminatedPods");
        V1UncountedTerminatedPods.CODEC.write(g, o.uncountedTerminatedPods);
      }
      g.writeEndObject();
    }
  };

  private Integer active;

  private String completedIndexes;

  private OffsetDateTime completionTime;

  private List<V1JobCondition> conditions;

  private Integer failed;

  private String failedIndexes;

  private Integer ready;

  private OffsetDateTime startTime;

  private Integer succeeded;

  private Integer terminating;

  private V1UncountedTerminatedPods uncountedTerminatedPods;

  public V1JobStatus active(Integer active) {
    this.active = active;
    return this;
  }

  /**
   * The number of pending and running pods which are not terminating (without a
   * deletionTimestamp). The value is zero for finished jobs.
   *
   * @return active
   */
  public Integer getActive() {
    return active;
  }

  public void setActive(Integer active) {
    this.active = active;
  }

  public V1JobStatus completedIndexes(String completedIndexes) {
    this.completedIndexes = completedIndexes;
    return this;
  }

  /**
   * completedIndexes holds the completed indexes when .spec.completionMode = "Indexed" in a text
   * format. The indexes are represented as decimal integers separated by commas. The numbers are
   * listed in increasing order. Three or more consecutive numbers are compressed and represented
   * by the first and last element of the series, separated by a hyphen. For example, if the
   * completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7".
   *
   * @return completedIndexes
   */
  public String getCompletedIndexes() {
    return completedIndexes;
  }

  public void setCompletedIndexes(String completedIndexes) {
    this.completedIndexes = completedIndexes;
  }

  public V1JobStatus completionTime(OffsetDateTime completionTime) {
    this.completionTime = completionTime;
    return this;
  }

  /**
   * Represents time when the job was completed. It is not guaranteed to be set in happens-before
   * order across separate operations. It is represented in RFC3339 form and is in UTC. The
   * completion time is set when the job finishes successfully, and only then. The value cannot
   * be updated or removed. The value indicates the same or later point in time as the startTime
   * field.
   *
   * @return completionTime
   */
  public OffsetDateTime getCompletionTime() {
    return completionTime;
  }

  public void setCompletionTime(OffsetDateTime completionTime) {
    this.completionTime = completionTime;
  }

  public V1JobStatus conditions(List<V1JobCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1JobStatus addConditionsItem(V1JobCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * The latest available observations of an object's current state. When a Job fails, one of the
   * conditions will have type "Failed" and status true. When a Job is suspended, one of the
   * conditions will have type "Suspended" and status true; when the Job is resumed, the status
   * of this condition will become false. When a Job is completed, one of the conditions will
   * have type "Complete" and status true.
   *
   * A job is considered finished when it is in a terminal condition, either "Complete" or
   * "Failed". A Job cannot have both the "Complete" and "Failed" conditions. Additionally, it
   * cannot be in the "Complete" and "FailureTarget" conditions. The "Complete", "Failed" and
   * "FailureTarget" conditions cannot be disabled.
   *
   * More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
   *
   * @return conditions
   */
  public List<V1JobCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1JobCondition> conditions) {
    this.conditions = conditions;
  }

  public V1JobStatus failed(Integer failed) {
    this.failed = failed;
    return this;
  }

  /**
   * The number of pods which reached phase Failed. The value increases monotonically.
   *
   * @return failed
   */
  public Integer getFailed() {
    return failed;
  }

  public void setFailed(Integer failed) {
    this.failed = failed;
  }

  public V1JobStatus failedIndexes(String failedIndexes) {
    this.failedIndexes = failedIndexes;
    return this;
  }

  /**
   * FailedIndexes holds the failed indexes when spec.backoffLimitPerIndex is set. The indexes
   * are represented in the text format analogous as for the `completedIndexes` field, ie. they
   * are kept as decimal integers separated by commas. The numbers are listed in increasing
   * order. Three or more consecutive numbers are compressed and represented by the first and
   * last element of the series, separated by a hyphen. For example, if the failed indexes are 1,
   * 3, 4, 5 and 7, they are represented as "1,3-5,7". The set of failed indexes cannot overlap
   * with the set of completed indexes.
   *
   * @return failedIndexes
   */
  public String getFailedIndexes() {
    return failedIndexes;
  }

  public void setFailedIndexes(String failedIndexes) {
    this.failedIndexes = failedIndexes;
  }

  public V1JobStatus ready(Integer ready) {
    this.ready = ready;
    return this;
  }

  /**
   * The number of active pods which have a Ready condition and are not terminating (without a
   * deletionTimestamp).
   *
   * @return ready
   */
  public Integer getReady() {
    return ready;
  }

  public void setReady(Integer ready) {
    this.ready = ready;
  }

  public V1JobStatus startTime(OffsetDateTime startTime) {
    this.startTime = startTime;
    return this;
  }

  /**
   * Represents time when the job controller started processing a job. When a Job is created in
   * the suspended state, this field is not set until the first time it is resumed. This field is
   * reset every time a Job is resumed from suspension. It is represented in RFC3339 form and is
   * in UTC.
   *
   * Once set, the field can only be removed when the job is suspended. The field cannot be
   * modified while the job is unsuspended or finished.
   *
   * @return startTime
   */
  public OffsetDateTime getStartTime() {
    return startTime;
  }

  public void setStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
  }

  public V1JobStatus succeeded(Integer succeeded) {
    this.succeeded = succeeded;
    return this;
  }

  /**
   * The number of pods which reached phase Succeeded. The value increases monotonically for a
   * given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.
   *
   * @return succeeded
   */
  public Integer getSucceeded() {
    return succeeded;
  }

  public void setSucceeded(Integer succeeded) {
    this.succeeded = succeeded;
  }

  public V1JobStatus terminating(Integer terminating) {
    this.terminating = terminating;
    return this;
  }

  /**
   * The number of pods which are terminating (in phase Pending or Running and have a
   * deletionTimestamp).
   *
   * @return terminating
   */
  public Integer getTerminating() {
    return terminating;
  }

  public void setTerminating(Integer terminating) {
    this.terminating = terminating;
  }

  public V1JobStatus uncountedTerminatedPods(V1UncountedTerminatedPods uncountedTerminatedPods) {
    this.uncountedTerminatedPods = uncountedTerminatedPods;
    return this;
  }

  /**
   * uncountedTerminatedPods holds the UIDs of Pods that have terminated but the job controller
   * hasn't yet accounted for in the status counters.
   *
   * The job controller creates pods with a finalizer. When a pod terminates (succeeded or
   * failed), the controller does three steps to account for it in the job status:
   *
   * 1. Add the pod UID to the arrays in this field. 2. Remove the pod finalizer. 3. Remove the
   * pod UID from the arrays while increasing the corresponding
   *     counter.
   *
   * Old jobs might not be tracked using this field, in which case the field remains null. The
   * structure is empty for finished jobs.
   *
   * @return uncountedTerminatedPods
   */
  public V1UncountedTerminatedPods getUncountedTerminatedPods() {
    return uncountedTerminatedPods;
  }

  public void setUncountedTerminatedPods(V1UncountedTerminatedPods uncountedTerminatedPods) {
    this.uncountedTerminatedPods = uncountedTerminatedPods;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1JobStatus that = (V1JobStatus) other;
    return Objects.equals(active, that.active)
        && Objects.equals(completedIndexes, that.completedIndexes)
        && Objects.equals(completionTime, that.completionTime)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(failed, that.failed)
        && Objects.equals(failedIndexes, that.failedIndexes)
        && Objects.equals(ready, that.ready)
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(succeeded, that.succeeded)
        && Objects.equals(terminating, that.terminating)
        && Objects.equals(uncountedTerminatedPods, that.uncountedTerminatedPods);
  }

  @Override
  public int hashCode() {
    return Objects.hash(active, completedIndexes, completionTime, conditions, failed, failedIndexes, ready, startTime, succeeded, terminating, uncountedTerminatedPods);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1JobStatus {\n");
    sb.append("    active: ").append(active).append('\n');
    sb.append("    completedIndexes: ").append(completedIndexes).append('\n');
    sb.append("    completionTime: ").append(completionTime).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    failed: ").append(failed).append('\n');
    sb.append("    failedIndexes: ").append(failedIndexes).append('\n');
    sb.append("    ready: ").append(ready).append('\n');
    sb.append("    startTime: ").append(startTime).append('\n');
    sb.append("    succeeded: ").append(succeeded).append('\n');
    sb.append("    terminating: ").append(terminating).append('\n');
    sb.append("    uncountedTerminatedPods: ").append(String.valueOf(uncountedTerminatedPods).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
