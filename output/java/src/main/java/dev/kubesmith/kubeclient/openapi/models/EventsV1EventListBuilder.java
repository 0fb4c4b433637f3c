package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link EventsV1EventList}: {@code new EventsV1EventListBuilder().withX(...)...build()}. */
public class EventsV1EventListBuilder extends EventsV1EventListFluent<EventsV1EventListBuilder> {
  public EventsV1EventListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public EventsV1EventListBuilder(EventsV1EventList instance) {
    super(instance);
  }

  public EventsV1EventList build() {
    return toModel();
  }
}
