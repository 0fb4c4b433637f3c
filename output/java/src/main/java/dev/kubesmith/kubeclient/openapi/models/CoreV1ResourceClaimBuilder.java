package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link CoreV1ResourceClaim}: {@code new CoreV1ResourceClaimBuilder().withX(...)...build()}. */
public class CoreV1ResourceClaimBuilder extends CoreV1ResourceClaimFluent<CoreV1ResourceClaimBuilder> {
  public CoreV1ResourceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public CoreV1ResourceClaimBuilder(CoreV1ResourceClaim instance) {
    super(instance);
  }

  public CoreV1ResourceClaim build() {
    return toModel();
  }
}
