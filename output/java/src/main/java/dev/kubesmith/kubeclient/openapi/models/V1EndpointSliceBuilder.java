package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EndpointSlice}: {@code new V1EndpointSliceBuilder().withX(...)...build()}. */
public class V1EndpointSliceBuilder extends V1EndpointSliceFluent<V1EndpointSliceBuilder> {
  public V1EndpointSliceBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointSliceBuilder(V1EndpointSlice instance) {
    super(instance);
  }

  public V1EndpointSlice build() {
    return toModel();
  }
}
