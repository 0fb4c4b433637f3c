package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link EventsV1EventSeries}: {@code new EventsV1EventSeriesBuilder().withX(...)...build()}. */
public class EventsV1EventSeriesBuilder extends EventsV1EventSeriesFluent<EventsV1EventSeriesBuilder> {
  public EventsV1EventSeriesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public EventsV1EventSeriesBuilder(EventsV1EventSeries instance) {
    super(instance);
  }

  public EventsV1EventSeries build() {
    return toModel();
  }
}
