package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link StorageV1TokenRequest}: {@code new StorageV1TokenRequestBuilder().withX(...)...build()}. */
public class StorageV1TokenRequestBuilder extends StorageV1TokenRequestFluent<StorageV1TokenRequestBuilder> {
  public StorageV1TokenRequestBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public StorageV1TokenRequestBuilder(StorageV1TokenRequest instance) {
    super(instance);
  }

  public StorageV1TokenRequest build() {
    return toModel();
  }
}
