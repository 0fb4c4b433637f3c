package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1AzureFileVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AzureFileVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AzureFileVolumeSourceFluent<A extends V1AzureFileVolumeSourceFluent<A>> {
  private Boolean readOnly;
  private String secretName;
  private String shareName;

  public V1AzureFileVolumeSourceFluent() {}

  public V1AzureFileVolumeSourceFluent(V1AzureFileVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AzureFileVolumeSource instance) {
    if (instance != null) {
      this.readOnly = instance.getReadOnly();
      this.secretName = instance.getSecretName();
      this.shareName = instance.getShareName();
    }
  }

  /** A new {@link V1AzureFileVolumeSource} holding what was set (lists and maps copied). */
  V1AzureFileVolumeSource toModel() {
    V1AzureFileVolumeSource o = new V1AzureFileVolumeSource();
    o.setReadOnly(readOnly);
    o.setSecretName(secretName);
    o.setShareName(shareName);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getReadOnly() {
    return readOnly;
  }

  public A withReadOnly(Boolean readOnly) {
    this.readOnly = readOnly;
    return self();
  }

  public boolean hasReadOnly() {
    return readOnly != null;
  }

  public String getSecretName() {
    return secretName;
  }

  public A withSecretName(String secretName) {
    this.secretName = secretName;
    return self();
  }

  public boolean hasSecretName() {
    return secretName != null;
  }

  public String getShareName() {
    return shareName;
  }

  public A withShareName(String shareName) {
    this.shareName = shareName;
    return self();
  }

  public boolean hasShareName() {
    return shareName != null;
  }
}
