package dev.kubesmith.kubeclient.openapi.models;

/** Builds a {@link CoreV1EventSeries}: {@code new CoreV1EventSeriesBuilder().withX(...)...build()}. */
public class CoreV1EventSeriesBuilder extends CoreV1EventSeriesFluent<CoreV1EventSeriesBuilder> {
  public CoreV1EventSeriesBuilder() {}

  /** A builder starting from the values of {@code instance} (which is not changed). */
  public CoreV1EventSeriesBuilder(CoreV1EventSeries instance) {
    super(instance);
  }

  public CoreV1EventSeries build() {
    return toModel();
  }
}
