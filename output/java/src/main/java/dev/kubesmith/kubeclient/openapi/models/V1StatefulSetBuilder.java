package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatefulSet}: {@code new V1StatefulSetBuilder().withX(...)...build()}. */
public class V1StatefulSetBuilder extends V1StatefulSetFluent<V1StatefulSetBuilder> {
  public V1StatefulSetBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatefulSetBuilder(V1StatefulSet instance) {
    super(instance);
  }

  public V1StatefulSet build() {
    return toModel();
  }
}
