package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link V1alpha3ShareableSummaryStatus}: {@code new V1alpha3ShareableSummaryStatusBuilder().withX(...)...build()}. */
public class V1alpha3ShareableSummaryStatusBuilder extends V1alpha3ShareableSummaryStatusFluent<V1alpha3ShareableSummaryStatusBuilder> {
  public V1alpha3ShareableSummaryStatusBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public V1alpha3ShareableSummaryStatusBuilder(V1alpha3ShareableSummaryStatus instance) {
    super(instance);
  }

  public V1alpha3ShareableSummaryStatus build() {
    return toModel();
  }
}
