package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1AzureFilePersistentVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AzureFilePersistentVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AzureFilePersistentVolumeSourceFluent<A extends V1AzureFilePersistentVolumeSourceFluent<A>> {
  private Boolean readOnly;
  private String secretName;
  private String secretNamespace;
  private String shareName;

  public V1AzureFilePersistentVolumeSourceFluent() {}

  public V1AzureFilePersistentVolumeSourceFluent(V1AzureFilePersistentVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AzureFilePersistentVolumeSource instance) {
    if (instance != null) {
      this.readOnly = instance.getReadOnly();
      this.secretName = instance.getSecretName();
      this.secretNamespace = instance.getSecretNamespace();
      this.shareName = instance.getShareName();
    }
  }

  /** A new {@link V1AzureFilePersistentVolumeSource} holding what was set (lists and maps copied). */
  V1AzureFilePersistentVolumeSource toModel() {
    V1AzureFilePersistentVolumeSource o = new V1AzureFilePersistentVolumeSource();
    o.setReadOnly(readOnly);
    o.setSecretName(secretName);
    o.setSecretNamespace(secretNamespace);
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

  public String getSecretNamespace() {
    return secretNamespace;
  }

  public A withSecretNamespace(String secretNamespace) {
    this.secretNamespace = secretNamespace;
    return self();
  }

  public boolean hasSecretNamespace() {
    return secretNamespace != null;
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
