package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha1StorageVersionCondition}: {@code new V1alpha1StorageVersionConditionBuilder().withX(...)...build()}. */
public class V1alpha1StorageVersionConditionBuilder extends V1alpha1StorageVersionConditionFluent<V1alpha1StorageVersionConditionBuilder> {
  public V1alpha1StorageVersionConditionBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha1StorageVersionConditionBuilder(V1alpha1StorageVersionCondition instance) {
    super(instance);
  }

  public V1alpha1StorageVersionCondition build() {
    return toModel();
  }
}
