package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1PolicyRulesWithSubjects}: {@code new V1PolicyRulesWithSubjectsBuilder().withX(...)...build()}. */
public class V1PolicyRulesWithSubjectsBuilder extends V1PolicyRulesWithSubjectsFluent<V1PolicyRulesWithSubjectsBuilder> {
  public V1PolicyRulesWithSubjectsBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1PolicyRulesWithSubjectsBuilder(V1PolicyRulesWithSubjects instance) {
    super(instance);
  }

  public V1PolicyRulesWithSubjects build() {
    return toModel();
  }
}
