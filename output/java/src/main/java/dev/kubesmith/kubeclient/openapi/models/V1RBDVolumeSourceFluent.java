package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1RBDVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1RBDVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1RBDVolumeSourceFluent<A extends V1RBDVolumeSourceFluent<A>> {
  private String fsType;
  private String image;
  private String keyring;
  private List<String> monitors;
  private String pool;
  private Boolean readOnly;
  private V1LocalObjectReference secretRef;
  private String user;

  public V1RBDVolumeSourceFluent() {}

  public V1RBDVolumeSourceFluent(V1RBDVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1RBDVolumeSource instance) {
    if (instance != null) {
      this.fsType = instance.getFsType();
      this.image = instance.getImage();
      this.keyring = instance.getKeyring();
      this.monitors = instance.getMonitors() == null ? null : new ArrayList<>(instance.getMonitors());
      this.pool = instance.getPool();
      this.readOnly = instance.getReadOnly();
      this.secretRef = instance.getSecretRef();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1RBDVolumeSource} holding what was set (lists and maps copied). */
  V1RBDVolumeSource toModel() {
    V1RBDVolumeSource o = new V1RBDVolumeSource();
    o.setFsType(fsType);
    o.setImage(image);
    o.setKeyring(keyring);
    o.setMonitors(monitors == null ? null : new ArrayList<>(monitors));
    o.setPool(pool);
    o.setReadOnly(readOnly);
    o.setSecretRef(secretRef);
    o.setUser(user);
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

  public String getImage() {
    return image;
  }

  public A withImage(String image) {
    this.image = image;
    return self();
  }

  public boolean hasImage() {
    return image != null;
  }

  public String getKeyring() {
    return keyring;
  }

  public A withKeyring(String keyring) {
    this.keyring = keyring;
    return self();
  }

  public boolean hasKeyring() {
    return keyring != null;
  }

  public List<String> getMonitors() {
    return monitors;
  }

  public A withMonitors(List<String> monitors) {
    this.monitors = monitors == null ? null : new ArrayList<>(monitors);
    return self();
  }

  public boolean hasMonitors() {
    return monitors != null;
  }

  public A withMonitors(String... items) {
    this.monitors = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToMonitors(String... items) {
    for (String item : items) {
      addToMonitors(-1, item);
    }
    return self();
  }

  public A removeFromMonitors(String... items) {
    return removeAllFromMonitors(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToMonitors(int index, String item) {
    if (this.monitors == null) {
      this.monitors = new ArrayList<>();
    }
    if (index < 0 || index >= this.monitors.size()) {
      this.monitors.add(item);
    } else {
      this.monitors.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToMonitors(int index, String item) {
    if (index < 0 || this.monitors == null || index >= this.monitors.size()) {
      return addToMonitors(-1, item);
    }
    this.monitors.set(index, item);
    return self();
  }

  public A addAllToMonitors(Collection<String> items) {
    for (String item : items) {
      addToMonitors(-1, item);
    }
    return self();
  }

  public A removeAllFromMonitors(Collection<String> items) {
    if (this.monitors != null) {
      this.monitors.removeAll(items);
    }
    return self();
  }

  public String getPool() {
    return pool;
  }

  public A withPool(String pool) {
    this.pool = pool;
    return self();
  }

  public boolean hasPool() {
    return pool != null;
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
      return V1RBDVolumeSourceFluent.this.withSecretRef(toModel());
    }

    public A endSecretRef() {
      return and();
    }
  }

  public String getUser() {
    return user;
  }

  public A withUser(String user) {
    this.user = user;
    return self();
  }

  public boolean hasUser() {
    return user != null;
  }
}
