package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link EventsV1Event}: {@code new EventsV1EventBuilder().withX(...)...build()}. */
public class EventsV1EventBuilder extends EventsV1EventFluent<EventsV1EventBuilder> {
  public EventsV1EventBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public EventsV1EventBuilder(EventsV1Event instance) {
    super(instance);
  }

  public EventsV1Event build() {
    return toModel();
  }
}
