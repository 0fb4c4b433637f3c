package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link ResourceV1ResourceClaim}: {@code new ResourceV1ResourceClaimBuilder().withX(...)...build()}. */
public class ResourceV1ResourceClaimBuilder extends ResourceV1ResourceClaimFluent<ResourceV1ResourceClaimBuilder> {
  public ResourceV1ResourceClaimBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public ResourceV1ResourceClaimBuilder(ResourceV1ResourceClaim instance) {
    super(instance);
  }

  public ResourceV1ResourceClaim build() {
    return toModel();
  }
}
