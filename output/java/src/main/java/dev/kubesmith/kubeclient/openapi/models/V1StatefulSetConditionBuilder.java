package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatefulSetCondition}: {@code new V1StatefulSetConditionBuilder().withX(...)...build()}. */
public class V1StatefulSetConditionBuilder extends V1StatefulSetConditionFluent<V1StatefulSetConditionBuilder> {
  public V1StatefulSetConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatefulSetConditionBuilder(V1StatefulSetCondition instance) {
    super(instance);
  }

  public V1StatefulSetCondition build() {
    return toModel();
  }
}
