package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1StorageOSVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StorageOSVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StorageOSVolumeSourceFluent<A extends V1StorageOSVolumeSourceFluent<A>> {
  private String fsType;
  private Boolean readOnly;
  private V1LocalObjectReference secretRef;
  private String volumeName;
  private String volumeNamespace;

  public V1StorageOSVolumeSourceFluent() {}

  public V1StorageOSVolumeSourceFluent(V1StorageOSVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StorageOSVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.readOnly = instance.getReadOnly();
      this.secretRef = instance.getSecretRef();
      this.volumeName = instance.getVolumeName();
      this.volumeNamespace = instance.getVolumeNamespace();
    }
  }

  /** A new {@link V1StorageOSVolumeSource} holding what was set (lists and maps copied). */
  V1StorageOSVolumeSource toModel() {
    V1StorageOSVolumeSource o = new V1StorageOSVolumeSource();
    o.setFsType(fsType);
    o.setReadOnly(readOnly);
    o.setSecretRef(secretRef);
    o.setVolumeName(volumeName);
    o.setVolumeNamespace(volumeNamespace);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getFsType() {
    return fsType;
  }

  public A withFsType(String fsType) {
    this.fsType = fsType;
    return self();
  }

  public boolean hasFsType() {
    return fsType != null;
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

  public V1LocalObjectReference getSecretRef() {
    return secretRef;
  }

  public A withSecretRef(V1LocalObjectReference secretRef) {
    this.secretRef = secretRef;
    return self();
  }

  public boolean hasSecretRef() {
    return secretRef != null;
  }

  public V1LocalObjectReference buildSecretRef() {
    return secretRef;
  }

  public SecretRefNested withNewSecretRef() {
    return new SecretRefNested(null);
  }

  public SecretRefNested withNewSecretRefLike(V1LocalObjectReference item) {
    return new SecretRefNested(item);
  }

  public SecretRefNested editSecretRef() {
    return new SecretRefNested(secretRef);
  }

  public SecretRefNested editOrNewSecretRef() {
    return new SecretRefNested(secretRef != null ? secretRef : new V1LocalObjectReference());
  }

  public SecretRefNested editOrNewSecretRefLike(V1LocalObjectReference item) {
    return new SecretRefNested(secretRef != null ? secretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SecretRefNested extends V1LocalObjectReferenceFluent<SecretRefNested> {
    SecretRefNested(V1LocalObjectReference item) {
      super(item);
    }

    public A and() {
      return V1StorageOSVolumeSourceFluent.this.withSecretRef(toModel());
    }

    public A endSecretRef() {
      return and();
    }
  }

  public String getVolumeName() {
    return volumeName;
  }

  public A withVolumeName(String volumeName) {
    this.volumeName = volumeName;
    return self();
  }

  public boolean hasVolumeName() {
    return volumeName != null;
  }

  public String getVolumeNamespace() {
    return volumeNamespace;
  }

  public A withVolumeNamespace(String volumeNamespace) {
    this.volumeNamespace = volumeNamespace;
    return self();
  }

  public boolean hasVolumeNamespace() {
    return volumeNamespace != null;
  }
}
