package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StorageHealthCondition}: {@code new V1StorageHealthConditionBuilder().withX(...)...build()}. */
public class V1StorageHealthConditionBuilder extends V1StorageHealthConditionFluent<V1StorageHealthConditionBuilder> {
  public V1StorageHealthConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StorageHealthConditionBuilder(V1StorageHealthCondition instance) {
    super(instance);
  }

  public V1StorageHealthCondition build() {
    return toModel();
  }
}
