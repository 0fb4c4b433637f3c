package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatefulSetOrdinals}: {@code new V1StatefulSetOrdinalsBuilder().withX(...)...build()}. */
public class V1StatefulSetOrdinalsBuilder extends V1StatefulSetOrdinalsFluent<V1StatefulSetOrdinalsBuilder> {
  public V1StatefulSetOrdinalsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatefulSetOrdinalsBuilder(V1StatefulSetOrdinals instance) {
    super(instance);
  }

  public V1StatefulSetOrdinals build() {
    return toModel();
  }
}
