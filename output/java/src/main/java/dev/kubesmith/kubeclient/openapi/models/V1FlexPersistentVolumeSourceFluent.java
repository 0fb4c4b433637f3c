package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1FlexPersistentVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1FlexPersistentVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1FlexPersistentVolumeSourceFluent<A extends V1FlexPersistentVolumeSourceFluent<A>> {
  private String driver;
  private String fsType;
  private Map<String, String> options;
  private Boolean readOnly;
  private V1SecretReference secretRef;

  public V1FlexPersistentVolumeSourceFluent() {}

  public V1FlexPersistentVolumeSourceFluent(V1FlexPersistentVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1FlexPersistentVolumeSource instance) {
    if (instance != null) {
      this.driver = instance.getDriver();
      this.fsType = instance.getFsType();
      this.options = instance.getOptions() == null ? null : new LinkedHashMap<>(instance.getOptions());
      this.readOnly = instance.getReadOnly();
      this.secretRef = instance.getSecretRef();
    }
  }

  /** A new {@link V1FlexPersistentVolumeSource} holding what was set (lists and maps copied). */
  V1FlexPersistentVolumeSource toModel() {
    V1FlexPersistentVolumeSource o = new V1FlexPersistentVolumeSource();
    o.setDriver(driver);
    o.setFsType(fsType);
    o.setOptions(options == null ? null : new LinkedHashMap<>(options));
    o.setReadOnly(readOnly);
    o.setSecretRef(secretRef);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDriver() {
    return driver;
  }

  public A withDriver(String driver) {
    this.driver = driver;
    return self();
  }

  public boolean hasDriver() {
    return driver != null;
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

  public Map<String, String> getOptions() {
    return options;
  }

  public A withOptions(Map<String, String> options) {
    this.options = options == null ? null : new LinkedHashMap<>(options);
    return self();
  }

  public boolean hasOptions() {
    return options != null;
  }

  public A addToOptions(String key, String value) {
    if (this.options == null) {
      this.options = new LinkedHashMap<>();
    }
    this.options.put(key, value);
    return self();
  }

  public A addToOptions(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToOptions(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromOptions(String key) {
    if (this.options != null) {
      this.options.remove(key);
    }
    return self();
  }

  public A removeFromOptions(Map<String, String> map) {
    if (this.options != null && map != null) {
      this.options.keySet().removeAll(map.keySet());
    }
    return self();
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
      return V1FlexPersistentVolumeSourceFluent.this.withSecretRef(toModel());
    }

    public A endSecretRef() {
      return and();
    }
  }
}
