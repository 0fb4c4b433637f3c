package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link CoreV1EventList}: {@code new CoreV1EventListBuilder().withX(...)...build()}. */
public class CoreV1EventListBuilder extends CoreV1EventListFluent<CoreV1EventListBuilder> {
  public CoreV1EventListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public CoreV1EventListBuilder(CoreV1EventList instance) {
    super(instance);
  }

  public CoreV1EventList build() {
    return toModel();
  }
}
