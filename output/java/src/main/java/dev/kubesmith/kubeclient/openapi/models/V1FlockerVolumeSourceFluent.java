package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1FlockerVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1FlockerVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1FlockerVolumeSourceFluent<A extends V1FlockerVolumeSourceFluent<A>> {
  private String datasetName;
  private String datasetUUID;

  public V1FlockerVolumeSourceFluent() {}

  public V1FlockerVolumeSourceFluent(V1FlockerVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1FlockerVolumeSource instance) {
    if (instance != null) {
      this.datasetName = instance.getDatasetName();
      this.datasetUUID = instance.getDatasetUUID();
    }
  }

  /** A new {@link V1FlockerVolumeSource} holding what was set (lists and maps copied). */
  V1FlockerVolumeSource toModel() {
    V1FlockerVolumeSource o = new V1FlockerVolumeSource();
    o.setDatasetName(datasetName);
    o.setDatasetUUID(datasetUUID);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDatasetName() {
    return datasetName;
  }

  public A withDatasetName(String datasetName) {
    this.datasetName = datasetName;
    return self();
  }

  public boolean hasDatasetName() {
    return datasetName != null;
  }

  public String getDatasetUUID() {
    return datasetUUID;
  }

  public A withDatasetUUID(String datasetUUID) {
    this.datasetUUID = datasetUUID;
    return self();
  }

  public boolean hasDatasetUUID() {
    return datasetUUID != null;
  }
}
