package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1EndpointSliceList}: {@code new V1EndpointSliceListBuilder().withX(...)...build()}. */
public class V1EndpointSliceListBuilder extends V1EndpointSliceListFluent<V1EndpointSliceListBuilder> {
  public V1EndpointSliceListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1EndpointSliceListBuilder(V1EndpointSliceList instance) {
    super(instance);
  }

  public V1EndpointSliceList build() {
    return toModel();
  }
}
