package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1WatchEvent}: {@code new V1WatchEventBuilder().withX(...)...build()}. */
public class V1WatchEventBuilder extends V1WatchEventFluent<V1WatchEventBuilder> {
  public V1WatchEventBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1WatchEventBuilder(V1WatchEvent instance) {
    super(instance);
  }

  public V1WatchEvent build() {
    return toModel();
  }
}
