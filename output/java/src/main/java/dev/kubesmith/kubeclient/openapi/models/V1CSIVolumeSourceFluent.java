package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1CSIVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CSIVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CSIVolumeSourceFluent<A extends V1CSIVolumeSourceFluent<A>> {
  private String driver;
  private String fsType;
  private V1LocalObjectReference nodePublishSecretRef;
  private Boolean readOnly;
  private Map<String, String> volumeAttributes;

  public V1CSIVolumeSourceFluent() {}

  public V1CSIVolumeSourceFluent(V1CSIVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CSIVolumeSource instance) {
    if (instance != null) {
      this.driver = instance.getDriver();
      this.fsType = instance.getFsType();
      this.nodePublishSecretRef = instance.getNodePublishSecretRef();
      this.readOnly = instance.getReadOnly();
      this.volumeAttributes = instance.getVolumeAttributes() == null ? null : new LinkedHashMap<>(instance.getVolumeAttributes());
    }
  }

  /** A new {@link V1CSIVolumeSource} holding what was set (lists and maps copied). */
  V1CSIVolumeSource toModel() {
    V1CSIVolumeSource o = new V1CSIVolumeSource();
    o.setDriver(driver);
    o.setFsType(fsType);
    o.setNodePublishSecretRef(nodePublishSecretRef);
    o.setReadOnly(readOnly);
    o.setVolumeAttributes(volumeAttributes == null ? null : new LinkedHashMap<>(volumeAttributes));
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

  public V1LocalObjectReference getNodePublishSecretRef() {
    return nodePublishSecretRef;
  }

  public A withNodePublishSecretRef(V1LocalObjectReference nodePublishSecretRef) {
    this.nodePublishSecretRef = nodePublishSecretRef;
    return self();
  }

  public boolean hasNodePublishSecretRef() {
    return nodePublishSecretRef != null;
  }

  public V1LocalObjectReference buildNodePublishSecretRef() {
    return nodePublishSecretRef;
  }

  public NodePublishSecretRefNested withNewNodePublishSecretRef() {
    return new NodePublishSecretRefNested(null);
  }

  public NodePublishSecretRefNested withNewNodePublishSecretRefLike(V1LocalObjectReference item) {
    return new NodePublishSecretRefNested(item);
  }

  public NodePublishSecretRefNested editNodePublishSecretRef() {
    return new NodePublishSecretRefNested(nodePublishSecretRef);
  }

  public NodePublishSecretRefNested editOrNewNodePublishSecretRef() {
    return new NodePublishSecretRefNested(nodePublishSecretRef != null ? nodePublishSecretRef : new V1LocalObjectReference());
  }

  public NodePublishSecretRefNested editOrNewNodePublishSecretRefLike(V1LocalObjectReference item) {
    return new NodePublishSecretRefNested(nodePublishSecretRef != null ? nodePublishSecretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodePublishSecretRefNested extends V1LocalObjectReferenceFluent<NodePublishSecretRefNested> {
    NodePublishSecretRefNested(V1LocalObjectReference item) {
      super(item);
    }

    public A and() {
      return V1CSIVolumeSourceFluent.this.withNodePublishSecretRef(toModel());
    }

    public A endNodePublishSecretRef() {
      return and();
    }
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

  public Map<String, String> getVolumeAttributes() {
    return volumeAttributes;
  }

  public A withVolumeAttributes(Map<String, String> volumeAttributes) {
    this.volumeAttributes = volumeAttributes == null ? null : new LinkedHashMap<>(volumeAttributes);
    return self();
  }

  public boolean hasVolumeAttributes() {
    return volumeAttributes != null;
  }

  public A addToVolumeAttributes(String key, String value) {
    if (this.volumeAttributes == null) {
      this.volumeAttributes = new LinkedHashMap<>();
    }
    this.volumeAttributes.put(key, value);
    return self();
  }

  public A addToVolumeAttributes(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToVolumeAttributes(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromVolumeAttributes(String key) {
    if (this.volumeAttributes != null) {
      this.volumeAttributes.remove(key);
    }
    return self();
  }

  public A removeFromVolumeAttributes(Map<String, String> map) {
    if (this.volumeAttributes != null && map != null) {
      this.volumeAttributes.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
