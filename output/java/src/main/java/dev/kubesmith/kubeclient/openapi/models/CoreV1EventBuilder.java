package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link CoreV1Event}: {@code new CoreV1EventBuilder().withX(...)...build()}. */
public class CoreV1EventBuilder extends CoreV1EventFluent<CoreV1EventBuilder> {
  public CoreV1EventBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public CoreV1EventBuilder(CoreV1Event instance) {
    super(instance);
  }

  public CoreV1Event build() {
    return toModel();
  }
}
