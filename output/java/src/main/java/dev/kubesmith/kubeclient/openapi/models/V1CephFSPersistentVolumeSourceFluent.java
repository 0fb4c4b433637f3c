package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CephFSPersistentVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CephFSPersistentVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CephFSPersistentVolumeSourceFluent<A extends V1CephFSPersistentVolumeSourceFluent<A>> {
  private List<String> monitors;
  private String path;
  private Boolean readOnly;
  private String secretFile;
  private V1SecretReference secretRef;
  private String user;

  public V1CephFSPersistentVolumeSourceFluent() {}

  public V1CephFSPersistentVolumeSourceFluent(V1CephFSPersistentVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CephFSPersistentVolumeSource instance) {
    if (instance != null) {
      this.monitors = instance.getMonitors() == null ? null : new ArrayList<>(instance.getMonitors());
      this.path = instance.getPath();
      this.readOnly = instance.getReadOnly();
      this.secretFile = instance.getSecretFile();
      this.secretRef = instance.getSecretRef();
      this.user = instance.getUser();
    }
  }

  /** A new {@link V1CephFSPersistentVolumeSource} holding what was set (lists and maps copied). */
  V1CephFSPersistentVolumeSource toModel() {
    V1CephFSPersistentVolumeSource o = new V1CephFSPersistentVolumeSource();
    o.setMonitors(monitors == null ? null : new ArrayList<>(monitors));
    o.setPath(path);
    o.setReadOnly(readOnly);
    o.setSecretFile(secretFile);
    o.setSecretRef(secretRef);
    o.setUser(user);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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

  public String getPath() {
    return path;
  }

  public A withPath(String path) {
    this.path = path;
    return self();
  }

  public boolean hasPath() {
    return path != null;
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

  public String getSecretFile() {
    return secretFile;
  }

  public A withSecretFile(String secretFile) {
    this.secretFile = secretFile;
    return self();
  }

  public boolean hasSecretFile() {
    return secretFile != null;
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
      return V1CephFSPersistentVolumeSourceFluent.this.withSecretRef(toModel());
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
