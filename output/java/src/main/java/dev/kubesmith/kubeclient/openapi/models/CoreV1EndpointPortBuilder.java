package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link CoreV1EndpointPort}: {@code new CoreV1EndpointPortBuilder().withX(...)...build()}. */
public class CoreV1EndpointPortBuilder extends CoreV1EndpointPortFluent<CoreV1EndpointPortBuilder> {
  public CoreV1EndpointPortBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public CoreV1EndpointPortBuilder(CoreV1EndpointPort instance) {
    super(instance);
  }

  public CoreV1EndpointPort build() {
    return toModel();
  }
}
