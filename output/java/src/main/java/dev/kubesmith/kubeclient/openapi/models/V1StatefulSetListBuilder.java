package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatefulSetList}: {@code new V1StatefulSetListBuilder().withX(...)...build()}. */
public class V1StatefulSetListBuilder extends V1StatefulSetListFluent<V1StatefulSetListBuilder> {
  public V1StatefulSetListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatefulSetListBuilder(V1StatefulSetList instance) {
    super(instance);
  }

  public V1StatefulSetList build() {
    return toModel();
  }
}
