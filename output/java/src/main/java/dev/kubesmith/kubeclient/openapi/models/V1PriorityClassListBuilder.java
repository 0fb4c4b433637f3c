package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PriorityClassList}: {@code new V1PriorityClassListBuilder().withX(...)...build()}. */
public class V1PriorityClassListBuilder extends V1PriorityClassListFluent<V1PriorityClassListBuilder> {
  public V1PriorityClassListBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PriorityClassListBuilder(V1PriorityClassList instance) {
    super(instance);
  }

  public V1PriorityClassList build() {
    return toModel();
  }
}
