package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link EventsV1EventSeries}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link EventsV1EventSeriesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class EventsV1EventSeriesFluent<A extends EventsV1EventSeriesFluent<A>> {
  private Integer count;
  private OffsetDateTime lastObservedTime;

  public EventsV1EventSeriesFluent() {}

  public EventsV1EventSeriesFluent(EventsV1EventSeries instance) {
    copyInstance(instance);
  }

  protected void copyInstance(EventsV1EventSeries instance) {
    if (instance != null) {
      this.count = instance.getCount();
      this.lastObservedTime = instance.getLastObservedTime();
    }
  }

  /** A new {@link EventsV1EventSeries} holding what was set (lists and maps copied). */
  EventsV1EventSeries toModel() {
    EventsV1EventSeries o = new EventsV1EventSeries();
    o.setCount(count);
    o.setLastObservedTime(lastObservedTime);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getCount() {
    return count;
  }

  public A withCount(Integer count) {
    this.count = count;
    return self();
  }

  public boolean hasCount() {
    return count != null;
  }

  public OffsetDateTime getLastObservedTime() {
    return lastObservedTime;
  }

  public A withLastObservedTime(OffsetDateTime lastObservedTime) {
    this.lastObservedTime = lastObservedTime;
    return self();
  }

  public boolean hasLastObservedTime() {
    return lastObservedTime != null;
  }
}
