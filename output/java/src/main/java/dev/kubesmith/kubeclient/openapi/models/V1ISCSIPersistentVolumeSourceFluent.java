package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ISCSIPersistentVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ISCSIPersistentVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ISCSIPersistentVolumeSourceFluent<A extends V1ISCSIPersistentVolumeSourceFluent<A>> {
  private Boolean chapAuthDiscovery;
  private Boolean chapAuthSession;
  private String fsType;
  private String initiatorName;
  private String iqn;
  private String iscsiInterface;
  private Integer lun;
  private List<String> portals;
  private Boolean readOnly;
  private V1SecretReference secretRef;
  private String targetPortal;

  public V1ISCSIPersistentVolumeSourceFluent() {}

  public V1ISCSIPersistentVolumeSourceFluent(V1ISCSIPersistentVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ISCSIPersistentVolumeSource instance) {
    if (instance != null) {
      this.chapAuthDiscovery = instance.getChapAuthDiscovery();
      this.chapAuthSession = instance.getChapAuthSession();
      this.fsType = instance.getFsType();
      this.initiatorName = instance.getInitiatorName();
      this.iqn = instance.getIqn();
      this.iscsiInterface = instance.getIscsiInterface();
      this.lun = instance.getLun();
      this.portals = instance.getPortals() == null ? null : new ArrayList<>(instance.getPortals());
      this.readOnly = instance.getReadOnly();
      this.secretRef = instance.getSecretRef();
      this.targetPortal = instance.getTargetPortal();
    }
  }

  /** A new {@link V1ISCSIPersistentVolumeSource} holding what was set (lists and maps copied). */
  V1ISCSIPersistentVolumeSource toModel() {
    V1ISCSIPersistentVolumeSource o = new V1ISCSIPersistentVolumeSource();
    o.setChapAuthDiscovery(chapAuthDiscovery);
    o.setChapAuthSession(chapAuthSession);
    o.setFsType(fsType);
    o.setInitiatorName(initiatorName);
    o.setIqn(iqn);
    o.setIscsiInterface(iscsiInterface);
    o.setLun(lun);
    o.setPortals(portals == null ? null : new ArrayList<>(portals));
    o.setReadOnly(readOnly);
    o.setSecretRef(secretRef);
    o.setTargetPortal(targetPortal);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getChapAuthDiscovery() {
    return chapAuthDiscovery;
  }

  public A withChapAuthDiscovery(Boolean chapAuthDiscovery) {
    this.chapAuthDiscovery = chapAuthDiscovery;
    return self();
  }

  public boolean hasChapAuthDiscovery() {
    return chapAuthDiscovery != null;
  }

  public Boolean getChapAuthSession() {
    return chapAuthSession;
  }

  public A withChapAuthSession(Boolean chapAuthSession) {
    this.chapAuthSession = chapAuthSession;
    return self();
  }

  public boolean hasChapAuthSession() {
    return chapAuthSession != null;
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

  public String getInitiatorName() {
    return initiatorName;
  }

  public A withInitiatorName(String initiatorName) {
    this.initiatorName = initiatorName;
    return self();
  }

  public boolean hasInitiatorName() {
    return initiatorName != null;
  }

  public String getIqn() {
    return iqn;
  }

  public A withIqn(String iqn) {
    this.iqn = iqn;
    return self();
  }

  public boolean hasIqn() {
    return iqn != null;
  }

  public String getIscsiInterface() {
    return iscsiInterface;
  }

  public A withIscsiInterface(String iscsiInterface) {
    this.iscsiInterface = iscsiInterface;
    return self();
  }

  public boolean hasIscsiInterface() {
    return iscsiInterface != null;
  }

  public Integer getLun() {
    return lun;
  }

  public A withLun(Integer lun) {
    this.lun = lun;
    return self();
  }

  public boolean hasLun() {
    return lun != null;
  }

  public List<String> getPortals() {
    return portals;
  }

  public A withPortals(List<String> portals) {
    this.portals = portals == null ? null : new ArrayList<>(portals);
    return self();
  }

  public boolean hasPortals() {
    return portals != null;
  }

  public A withPortals(String... items) {
    this.portals = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPortals(String... items) {
    for (String item : items) {
      addToPortals(-1, item);
    }
    return self();
  }

  public A removeFromPortals(String... items) {
    return removeAllFromPortals(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPortals(int index, String item) {
    if (this.portals == null) {
      this.portals = new ArrayList<>();
    }
    if (index < 0 || index >= this.portals.size()) {
      this.portals.add(item);
    } else {
      this.portals.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPortals(int index, String item) {
    if (index < 0 || this.portals == null || index >= this.portals.size()) {
      return addToPortals(-1, item);
    }
    this.portals.set(index, item);
    return self();
  }

  public A addAllToPortals(Collection<String> items) {
    for (String item : items) {
      addToPortals(-1, item);
    }
    return self();
  }

  public A removeAllFromPortals(Collection<String> items) {
    if (this.portals != null) {
      this.portals.removeAll(items);
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
      return V1ISCSIPersistentVolumeSourceFluent.this.withSecretRef(toModel());
    }

    public A endSecretRef() {
      return and();
    }
  }

  public String getTargetPortal() {
    return targetPortal;
  }

  public A withTargetPortal(String targetPortal) {
    this.targetPortal = targetPortal;
    return self();
  }

  public boolean hasTargetPortal() {
    return targetPortal != null;
  }
}
