package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1ScopeSelector}: {@code new V1ScopeSelectorBuilder().withX(...)...build()}. */
public class V1ScopeSelectorBuilder extends V1ScopeSelectorFluent<V1ScopeSelectorBuilder> {
  public V1ScopeSelectorBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1ScopeSelectorBuilder(V1ScopeSelector instance) {
    super(instance);
  }

  public V1ScopeSelector build() {
    return toModel();
  }
}
