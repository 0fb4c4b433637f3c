package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ScaleIOPersistentVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ScaleIOPersistentVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ScaleIOPersistentVolumeSourceFluent<A extends V1ScaleIOPersistentVolumeSourceFluent<A>> {
  private String fsType;
  private String gateway;
  private String protectionDomain;
  private Boolean readOnly;
  private V1SecretReference secretRef;
  private Boolean sslEnabled;
  private String storageMode;
  private String storagePool;
  private String system;
  private String volumeName;

  public V1ScaleIOPersistentVolumeSourceFluent() {}

  public V1ScaleIOPersistentVolumeSourceFluent(V1ScaleIOPersistentVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ScaleIOPersistentVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.gateway = instance.getGateway();
      this.protectionDomain = instance.getProtectionDomain();
      this.readOnly = instance.getReadOnly();
      this.secretRef = instance.getSecretRef();
      this.sslEnabled = instance.getSslEnabled();
      this.storageMode = instance.getStorageMode();
      this.storagePool = instance.getStoragePool();
      this.system = instance.getSystem();
      this.volumeName = instance.getVolumeName();
    }
  }

  /** A new {@link V1ScaleIOPersistentVolumeSource} holding what was set (lists and maps copied). */
  V1ScaleIOPersistentVolumeSource toModel() {
    V1ScaleIOPersistentVolumeSource o = new V1ScaleIOPersistentVolumeSource();
    o.setFsType(fsType);
    o.setGateway(gateway);
    o.setProtectionDomain(protectionDomain);
    o.setReadOnly(readOnly);
    o.setSecretRef(secretRef);
    o.setSslEnabled(sslEnabled);
    o.setStorageMode(storageMode);
    o.setStoragePool(storagePool);
    o.setSystem(system);
    o.setVolumeName(volumeName);
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

  public String getGateway() {
    return gateway;
  }

  public A withGateway(String gateway) {
    this.gateway = gateway;
    return self();
  }

  public boolean hasGateway() {
    return gateway != null;
  }

  public String getProtectionDomain() {
    return protectionDomain;
  }

  public A withProtectionDomain(String protectionDomain) {
    this.protectionDomain = protectionDomain;
    return self();
  }

  public boolean hasProtectionDomain() {
    return protectionDomain != null;
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
      return V1ScaleIOPersistentVolumeSourceFluent.this.withSecretRef(toModel());
    }

    public A endSecretRef() {
      return and();
    }
  }

  public Boolean getSslEnabled() {
    return sslEnabled;
  }

  public A withSslEnabled(Boolean sslEnabled) {
    this.sslEnabled = sslEnabled;
    return self();
  }

  public boolean hasSslEnabled() {
    return sslEnabled != null;
  }

  public String getStorageMode() {
    return storageMode;
  }

  public A withStorageMode(String storageMode) {
    this.storageMode = storageMode;
    return self();
  }

  public boolean hasStorageMode() {
    return storageMode != null;
  }

  public String getStoragePool() {
    return storagePool;
  }

  public A withStoragePool(String storagePool) {
    this.storagePool = storagePool;
    return self();
  }

  public boolean hasStoragePool() {
    return storagePool != null;
  }

  public String getSystem() {
    return system;
  }

  public A withSystem(String system) {
    this.system = system;
    return self();
  }

  public boolean hasSystem() {
    return system != null;
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
}
