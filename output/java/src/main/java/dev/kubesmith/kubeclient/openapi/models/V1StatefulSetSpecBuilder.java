package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatefulSetSpec}: {@code new V1StatefulSetSpecBuilder().withX(...)...build()}. */
public class V1StatefulSetSpecBuilder extends V1StatefulSetSpecFluent<V1StatefulSetSpecBuilder> {
  public V1StatefulSetSpecBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatefulSetSpecBuilder(V1StatefulSetSpec instance) {
    super(instance);
  }

  public V1StatefulSetSpec build() {
    return toModel();
  }
}
