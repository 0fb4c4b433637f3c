package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CronJobStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CronJobStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CronJobStatusFluent<A extends V1CronJobStatusFluent<A>> {
  private List<V1ObjectReference> active;
  private OffsetDateTime lastScheduleTime;
  private OffsetDateTime lastSuccessfulTime;

  public V1CronJobStatusFluent() {}

  public V1CronJobStatusFluent(V1CronJobStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CronJobStatus instance) {
    if (instance != null) {
      this.active = instance.getActive() == null ? null : new ArrayList<>(instance.getActive());
      this.lastScheduleTime = instance.getLastScheduleTime();
      this.lastSuccessfulTime = instance.getLastSuccessfulTime();
    }
  }

  /** A new {@link V1CronJobStatus} holding what was set (lists and maps copied). */
  V1CronJobStatus toModel() {
    V1CronJobStatus o = new V1CronJobStatus();
    o.setActive(active == null ? null : new ArrayList<>(active));
    o.setLastScheduleTime(lastScheduleTime);
    o.setLastSuccessfulTime(lastSuccessfulTime);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1ObjectReference> getActive() {
    return active;
  }

  public A withActive(List<V1ObjectReference> active) {
    this.active = active == null ? null : new ArrayList<>(active);
    return self();
  }

  public boolean hasActive() {
    return active != null;
  }

  public A withActive(V1ObjectReference... items) {
    this.active = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToActive(V1ObjectReference... items) {
    for (V1ObjectReference item : items) {
      addToActive(-1, item);
    }
    return self();
  }

  public A removeFromActive(V1ObjectReference... items) {
    return removeAllFromActive(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToActive(int index, V1ObjectReference item) {
    if (this.active == null) {
      this.active = new ArrayList<>();
    }
    if (index < 0 || index >= this.active.size()) {
      this.active.add(item);
    } else {
      this.active.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToActive(int index, V1ObjectReference item) {
    if (index < 0 || this.active == null || index >= this.active.size()) {
      return addToActive(-1, item);
    }
    this.active.set(index, item);
    return self();
  }

  public A addAllToActive(Collection<V1ObjectReference> items) {
    for (V1ObjectReference item : items) {
      addToActive(-1, item);
    }
    return self();
  }

  public A removeAllFromActive(Collection<V1ObjectReference> items) {
    if (this.active != null) {
      this.active.removeAll(items);
    }
    return self();
  }

  public List<V1ObjectReference> buildActive() {
    return active;
  }

  public V1ObjectReference buildActive(int index) {
    return this.active.get(index);
  }

  public ActiveNested addNewActive() {
    return new ActiveNested(-1, null);
  }

  public ActiveNested addNewActiveLike(V1ObjectReference item) {
    return new ActiveNested(-1, item);
  }

  public ActiveNested setNewActiveLike(int index, V1ObjectReference item) {
    return new ActiveNested(index, item);
  }

  public ActiveNested editActive(int index) {
    if (this.active == null || index < 0 || index >= this.active.size()) {
      throw new IndexOutOfBoundsException("can't edit active [" + index + "]");
    }
    return new ActiveNested(index, this.active.get(index));
  }

  public ActiveNested editFirstActive() {
    return editActive(0);
  }

  public ActiveNested editLastActive() {
    return editActive(this.active == null ? -1 : this.active.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ActiveNested extends V1ObjectReferenceFluent<ActiveNested> {
    private final int index;

    ActiveNested(int index, V1ObjectReference item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CronJobStatusFluent.this.setToActive(index, toModel());
    }

    public A endActive() {
      return and();
    }
  }

  public OffsetDateTime getLastScheduleTime() {
    return lastScheduleTime;
  }

  public A withLastScheduleTime(OffsetDateTime lastScheduleTime) {
    this.lastScheduleTime = lastScheduleTime;
    return self();
  }

  public boolean hasLastScheduleTime() {
    return lastScheduleTime != null;
  }

  public OffsetDateTime getLastSuccessfulTime() {
    return lastSuccessfulTime;
  }

  public A withLastSuccessfulTime(OffsetDateTime lastSuccessfulTime) {
    this.lastSuccessfulTime = lastSuccessfulTime;
    return self();
  }

  public boolean hasLastSuccessfulTime() {
    return lastSuccessfulTime != null;
  }
}
