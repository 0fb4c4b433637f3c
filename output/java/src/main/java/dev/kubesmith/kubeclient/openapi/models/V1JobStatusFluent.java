package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1JobStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1JobStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1JobStatusFluent<A extends V1JobStatusFluent<A>> {
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

  public V1JobStatusFluent() {}

  public V1JobStatusFluent(V1JobStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1JobStatus instance) {
    if (instance != null) {
      this.active = instance.getActive();
      this.completedIndexes = instance.getCompletedIndexes();
      this.completionTime = instance.getCompletionTime();
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.failed = instance.getFailed();
      this.failedIndexes = instance.getFailedIndexes();
      this.ready = instance.getReady();
      this.startTime = instance.getStartTime();
      this.succeeded = instance.getSucceeded();
      this.terminating = instance.getTerminating();
      this.uncountedTerminatedPods = instance.getUncountedTerminatedPods();
    }
  }

  /** A new {@link V1JobStatus} holding what was set (lists and maps copied). */
  V1JobStatus toModel() {
    V1JobStatus o = new V1JobStatus();
    o.setActive(active);
    o.setCompletedIndexes(completedIndexes);
    o.setCompletionTime(completionTime);
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setFailed(failed);
    o.setFailedIndexes(failedIndexes);
    o.setReady(ready);
    o.setStartTime(startTime);
    o.setSucceeded(succeeded);
    o.setTerminating(terminating);
    o.setUncountedTerminatedPods(uncountedTerminatedPods);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getActive() {
    return active;
  }

  public A withActive(Integer active) {
    this.active = active;
    return self();
  }

  public boolean hasActive() {
    return active != null;
  }

  public String getCompletedIndexes() {
    return completedIndexes;
  }

  public A withCompletedIndexes(String completedIndexes) {
    this.completedIndexes = completedIndexes;
    return self();
  }

  public boolean hasCompletedIndexes() {
    return completedIndexes != null;
  }

  public OffsetDateTime getCompletionTime() {
    return completionTime;
  }

  public A withCompletionTime(OffsetDateTime completionTime) {
    this.completionTime = completionTime;
    return self();
  }

  public boolean hasCompletionTime() {
    return completionTime != null;
  }

  public List<V1JobCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1JobCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1JobCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1JobCondition... items) {
    for (V1JobCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1JobCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1JobCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.conditions.size()) {
      this.conditions.add(item);
    } else {
      this.conditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToConditions(int index, V1JobCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1JobCondition> items) {
    for (V1JobCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1JobCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1JobCondition> buildConditions() {
    return conditions;
  }

  public V1JobCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1JobCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1JobCondition item) {
    return new ConditionsNested(index, item);
  }

  public ConditionsNested editCondition(int index) {
    if (this.conditions == null || index < 0 || index >= this.conditions.size()) {
      throw new IndexOutOfBoundsException("can't edit conditions [" + index + "]");
    }
    return new ConditionsNested(index, this.conditions.get(index));
  }

  public ConditionsNested editFirstCondition() {
    return editCondition(0);
  }

  public ConditionsNested editLastCondition() {
    return editCondition(this.conditions == null ? -1 : this.conditions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ConditionsNested extends V1JobConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1JobCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1JobStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public Integer getFailed() {
    return failed;
  }

  public A withFailed(Integer failed) {
    this.failed = failed;
    return self();
  }

  public boolean hasFailed() {
    return failed != null;
  }

  public String getFailedIndexes() {
    return failedIndexes;
  }

  public A withFailedIndexes(String failedIndexes) {
    this.failedIndexes = failedIndexes;
    return self();
  }

  public boolean hasFailedIndexes() {
    return failedIndexes != null;
  }

  public Integer getReady() {
    return ready;
  }

  public A withReady(Integer ready) {
    this.ready = ready;
    return self();
  }

  public boolean hasReady() {
    return ready != null;
  }

  public OffsetDateTime getStartTime() {
    return startTime;
  }

  public A withStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
    return self();
  }

  public boolean hasStartTime() {
    return startTime != null;
  }

  public Integer getSucceeded() {
    return succeeded;
  }

  public A withSucceeded(Integer succeeded) {
    this.succeeded = succeeded;
    return self();
  }

  public boolean hasSucceeded() {
    return succeeded != null;
  }

  public Integer getTerminating() {
    return terminating;
  }

  public A withTerminating(Integer terminating) {
    this.terminating = terminating;
    return self();
  }

  public boolean hasTerminating() {
    return terminating != null;
  }

  public V1UncountedTerminatedPods getUncountedTerminatedPods() {
    return uncountedTerminatedPods;
  }

  public A withUncountedTerminatedPods(V1UncountedTerminatedPods uncountedTerminatedPods) {
    this.uncountedTerminatedPods = uncountedTerminatedPods;
    return self();
  }

  public boolean hasUncountedTerminatedPods() {
    return uncountedTerminatedPods != null;
  }

  public V1UncountedTerminatedPods buildUncountedTerminatedPods() {
    return uncountedTerminatedPods;
  }

  public UncountedTerminatedPodsNested withNewUncountedTerminatedPods() {
    return new UncountedTerminatedPodsNested(null);
  }

  public UncountedTerminatedPodsNested withNewUncountedTerminatedPodsLike(V1UncountedTerminatedPods item) {
    return new UncountedTerminatedPodsNested(item);
  }

  public UncountedTerminatedPodsNested editUncountedTerminatedPods() {
    return new UncountedTerminatedPodsNested(uncountedTerminatedPods);
  }

  public UncountedTerminatedPodsNested editOrNewUncountedTerminatedPods() {
    return new UncountedTerminatedPodsNested(uncountedTerminatedPods != null ? uncountedTerminatedPods : new V1UncountedTerminatedPods());
  }

  public UncountedTerminatedPodsNested editOrNewUncountedTerminatedPodsLike(V1UncountedTerminatedPods item) {
    return new UncountedTerminatedPodsNested(uncountedTerminatedPods != null ? uncountedTerminatedPods : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class UncountedTerminatedPodsNested extends V1UncountedTerminatedPodsFluent<UncountedTerminatedPodsNested> {
    UncountedTerminatedPodsNested(V1UncountedTerminatedPods item) {
      super(item);
    }

    public A and() {
      return V1JobStatusFluent.this.withUncountedTerminatedPods(toModel());
    }

    public A endUncountedTerminatedPods() {
      return and();
    }
  }
}
