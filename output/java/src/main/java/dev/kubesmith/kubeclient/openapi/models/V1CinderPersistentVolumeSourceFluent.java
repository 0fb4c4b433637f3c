package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CinderPersistentVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CinderPersistentVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CinderPersistentVolumeSourceFluent<A extends V1CinderPersistentVolumeSourceFluent<A>> {
  private String fsType;
  private Boolean readOnly;
  private V1SecretReference secretRef;
  private String volumeID;

  public V1CinderPersistentVolumeSourceFluent() {}

  public V1CinderPersistentVolumeSourceFluent(V1CinderPersistentVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CinderPersistentVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.readOnly = instance.getReadOnly();
      this.secretRef = instance.getSecretRef();
      this.volumeID = instance.getVolumeID();
    }
  }

  /** A new {@link V1CinderPersistentVolumeSource} holding what was set (lists and maps copied). */
  V1CinderPersistentVolumeSource toModel() {
    V1CinderPersistentVolumeSource o = new V1CinderPersistentVolumeSource();
    o.setFsType(fsType);
    o.setReadOnly(readOnly);
    o.setSecretRef(secretRef);
    o.setVolumeID(volumeID);
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

  public V1SecretReference getSecretRef() {
    return secretRef;
  }

  public A withSecretRef(V1SecretReference secretRef) {
    this.secretRef = secretRef;
    return self();
  }

  public boolean hasSecretRef() {
    return secretRef != null;
  }

  public V1SecretReference buildSecretRef() {
    return secretRef;
  }

  public SecretRefNested withNewSecretRef() {
    return new SecretRefNested(null);
  }

  public SecretRefNested withNewSecretRefLike(V1SecretReference item) {
    return new SecretRefNested(item);
  }

  public SecretRefNested editSecretRef() {
    return new SecretRefNested(secretRef);
  }

  public SecretRefNested editOrNewSecretRef() {
    return new SecretRefNested(secretRef != null ? secretRef : new V1SecretReference());
  }

  public SecretRefNested editOrNewSecretRefLike(V1SecretReference item) {
    return new SecretRefNested(secretRef != null ? secretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SecretRefNested extends V1SecretReferenceFluent<SecretRefNested> {
    SecretRefNested(V1SecretReference item) {
      super(item);
    }

    public A and() {
      return V1CinderPersistentVolumeSourceFluent.this.withSecretRef(toModel());
    }

    public A endSecretRef() {
      return and();
    }
  }

  public String getVolumeID() {
    return volumeID;
  }

  public A withVolumeID(String volumeID) {
    this.volumeID = volumeID;
    return self();
  }

  public boolean hasVolumeID() {
    return volumeID != null;
  }
}
