package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1StatusCause}: {@code new V1StatusCauseBuilder().withX(...)...build()}. */
public class V1StatusCauseBuilder extends V1StatusCauseFluent<V1StatusCauseBuilder> {
  public V1StatusCauseBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1StatusCauseBuilder(V1StatusCause instance) {
    super(instance);
  }

  public V1StatusCause build() {
    return toModel();
  }
}
