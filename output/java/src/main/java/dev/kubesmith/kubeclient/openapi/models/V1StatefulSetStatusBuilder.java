package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatefulSetStatus}: {@code new V1StatefulSetStatusBuilder().withX(...)...build()}. */
public class V1StatefulSetStatusBuilder extends V1StatefulSetStatusFluent<V1StatefulSetStatusBuilder> {
  public V1StatefulSetStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatefulSetStatusBuilder(V1StatefulSetStatus instance) {
    super(instance);
  }

  public V1StatefulSetStatus build() {
    return toModel();
  }
}
