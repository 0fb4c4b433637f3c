package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1CSIPersistentVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CSIPersistentVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CSIPersistentVolumeSourceFluent<A extends V1CSIPersistentVolumeSourceFluent<A>> {
  private V1SecretReference controllerExpandSecretRef;
  private V1SecretReference controllerPublishSecretRef;
  private String driver;
  private String fsType;
  private V1SecretReference nodeExpandSecretRef;
  private V1SecretReference nodePublishSecretRef;
  private V1SecretReference nodeStageSecretRef;
  private Boolean readOnly;
  private Map<String, String> volumeAttributes;
  private String volumeHandle;

  public V1CSIPersistentVolumeSourceFluent() {}

  public V1CSIPersistentVolumeSourceFluent(V1CSIPersistentVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CSIPersistentVolumeSource instance) {
    if (instance != null) {
      this.controllerExpandSecretRef = instance.getControllerExpandSecretRef();
      this.controllerPublishSecretRef = instance.getControllerPublishSecretRef();
      this.driver = instance.getDriver();
      this.fsType = instance.getFsType();
      this.nodeExpandSecretRef = instance.getNodeExpandSecretRef();
      this.nodePublishSecretRef = instance.getNodePublishSecretRef();
      this.nodeStageSecretRef = instance.getNodeStageSecretRef();
      this.readOnly = instance.getReadOnly();
      this.volumeAttributes = instance.getVolumeAttributes() == null ? null : new LinkedHashMap<>(instance.getVolumeAttributes());
      this.volumeHandle = instance.getVolumeHandle();
    }
  }

  /** A new {@link V1CSIPersistentVolumeSource} holding what was set (lists and maps copied). */
  V1CSIPersistentVolumeSource toModel() {
    V1CSIPersistentVolumeSource o = new V1CSIPersistentVolumeSource();
    o.setControllerExpandSecretRef(controllerExpandSecretRef);
    o.setControllerPublishSecretRef(controllerPublishSecretRef);
    o.setDriver(driver);
    o.setFsType(fsType);
    o.setNodeExpandSecretRef(nodeExpandSecretRef);
    o.setNodePublishSecretRef(nodePublishSecretRef);
    o.setNodeStageSecretRef(nodeStageSecretRef);
    o.setReadOnly(readOnly);
    o.setVolumeAttributes(volumeAttributes == null ? null : new LinkedHashMap<>(volumeAttributes));
    o.setVolumeHandle(volumeHandle);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1SecretReference getControllerExpandSecretRef() {
    return controllerExpandSecretRef;
  }

  public A withControllerExpandSecretRef(V1SecretReference controllerExpandSecretRef) {
    this.controllerExpandSecretRef = controllerExpandSecretRef;
    return self();
  }

  public boolean hasControllerExpandSecretRef() {
    return controllerExpandSecretRef != null;
  }

  public V1SecretReference buildControllerExpandSecretRef() {
    return controllerExpandSecretRef;
  }

  public ControllerExpandSecretRefNested withNewControllerExpandSecretRef() {
    return new ControllerExpandSecretRefNested(null);
  }

  public ControllerExpandSecretRefNested withNewControllerExpandSecretRefLike(V1SecretReference item) {
    return new ControllerExpandSecretRefNested(item);
  }

  public ControllerExpandSecretRefNested editControllerExpandSecretRef() {
    return new ControllerExpandSecretRefNested(controllerExpandSecretRef);
  }

  public ControllerExpandSecretRefNested editOrNewControllerExpandSecretRef() {
    return new ControllerExpandSecretRefNested(controllerExpandSecretRef != null ? controllerExpandSecretRef : new V1SecretReference());
  }

  public ControllerExpandSecretRefNested editOrNewControllerExpandSecretRefLike(V1SecretReference item) {
    return new ControllerExpandSecretRefNested(controllerExpandSecretRef != null ? controllerExpandSecretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ControllerExpandSecretRefNested extends V1SecretReferenceFluent<ControllerExpandSecretRefNested> {
    ControllerExpandSecretRefNested(V1SecretReference item) {
      super(item);
    }

    public A and() {
      return V1CSIPersistentVolumeSourceFluent.this.withControllerExpandSecretRef(toModel());
    }

    public A endControllerExpandSecretRef() {
      return and();
    }
  }

  public V1SecretReference getControllerPublishSecretRef() {
    return controllerPublishSecretRef;
  }

  public A withControllerPublishSecretRef(V1SecretReference controllerPublishSecretRef) {
    this.controllerPublishSecretRef = controllerPublishSecretRef;
    return self();
  }

  public boolean hasControllerPublishSecretRef() {
    return controllerPublishSecretRef != null;
  }

  public V1SecretReference buildControllerPublishSecretRef() {
    return controllerPublishSecretRef;
  }

  public ControllerPublishSecretRefNested withNewControllerPublishSecretRef() {
    return new ControllerPublishSecretRefNested(null);
  }

  public ControllerPublishSecretRefNested withNewControllerPublishSecretRefLike(V1SecretReference item) {
    return new ControllerPublishSecretRefNested(item);
  }

  public ControllerPublishSecretRefNested editControllerPublishSecretRef() {
    return new ControllerPublishSecretRefNested(controllerPublishSecretRef);
  }

  public ControllerPublishSecretRefNested editOrNewControllerPublishSecretRef() {
    return new ControllerPublishSecretRefNested(controllerPublishSecretRef != null ? controllerPublishSecretRef : new V1SecretReference());
  }

  public ControllerPublishSecretRefNested editOrNewControllerPublishSecretRefLike(V1SecretReference item) {
    return new ControllerPublishSecretRefNested(controllerPublishSecretRef != null ? controllerPublishSecretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ControllerPublishSecretRefNested extends V1SecretReferenceFluent<ControllerPublishSecretRefNested> {
    ControllerPublishSecretRefNested(V1SecretReference item) {
      super(item);
    }

    public A and() {
      return V1CSIPersistentVolumeSourceFluent.this.withControllerPublishSecretRef(toModel());
    }

    public A endControllerPublishSecretRef() {
      return and();
    }
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

  public V1SecretReference getNodeExpandSecretRef() {
    return nodeExpandSecretRef;
  }

  public A withNodeExpandSecretRef(V1SecretReference nodeExpandSecretRef) {
    this.nodeExpandSecretRef = nodeExpandSecretRef;
    return self();
  }

  public boolean hasNodeExpandSecretRef() {
    return nodeExpandSecretRef != null;
  }

  public V1SecretReference buildNodeExpandSecretRef() {
    return nodeExpandSecretRef;
  }

  public NodeExpandSecretRefNested withNewNodeExpandSecretRef() {
    return new NodeExpandSecretRefNested(null);
  }

  public NodeExpandSecretRefNested withNewNodeExpandSecretRefLike(V1SecretReference item) {
    return new NodeExpandSecretRefNested(item);
  }

  public NodeExpandSecretRefNested editNodeExpandSecretRef() {
    return new NodeExpandSecretRefNested(nodeExpandSecretRef);
  }

  public NodeExpandSecretRefNested editOrNewNodeExpandSecretRef() {
    return new NodeExpandSecretRefNested(nodeExpandSecretRef != null ? nodeExpandSecretRef : new V1SecretReference());
  }

  public NodeExpandSecretRefNested editOrNewNodeExpandSecretRefLike(V1SecretReference item) {
    return new NodeExpandSecretRefNested(nodeExpandSecretRef != null ? nodeExpandSecretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodeExpandSecretRefNested extends V1SecretReferenceFluent<NodeExpandSecretRefNested> {
    NodeExpandSecretRefNested(V1SecretReference item) {
      super(item);
    }

    public A and() {
      return V1CSIPersistentVolumeSourceFluent.this.withNodeExpandSecretRef(toModel());
    }

    public A endNodeExpandSecretRef() {
      return and();
    }
  }

  public V1SecretReference getNodePublishSecretRef() {
    return nodePublishSecretRef;
  }

  public A withNodePublishSecretRef(V1SecretReference nodePublishSecretRef) {
    this.nodePublishSecretRef = nodePublishSecretRef;
    return self();
  }

  public boolean hasNodePublishSecretRef() {
    return nodePublishSecretRef != null;
  }

  public V1SecretReference buildNodePublishSecretRef() {
    return nodePublishSecretRef;
  }

  public NodePublishSecretRefNested withNewNodePublishSecretRef() {
    return new NodePublishSecretRefNested(null);
  }

  public NodePublishSecretRefNested withNewNodePublishSecretRefLike(V1SecretReference item) {
    return new NodePublishSecretRefNested(item);
  }

  public NodePublishSecretRefNested editNodePublishSecretRef() {
    return new NodePublishSecretRefNested(nodePublishSecretRef);
  }

  public NodePublishSecretRefNested editOrNewNodePublishSecretRef() {
    return new NodePublishSecretRefNested(nodePublishSecretRef != null ? nodePublishSecretRef : new V1SecretReference());
  }

  public NodePublishSecretRefNested editOrNewNodePublishSecretRefLike(V1SecretReference item) {
    return new NodePublishSecretRefNested(nodePublishSecretRef != null ? nodePublishSecretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodePublishSecretRefNested extends V1SecretReferenceFluent<NodePublishSecretRefNested> {
    NodePublishSecretRefNested(V1SecretReference item) {
      super(item);
    }

    public A and() {
      return V1CSIPersistentVolumeSourceFluent.this.withNodePublishSecretRef(toModel());
    }

    public A endNodePublishSecretRef() {
      return and();
    }
  }

  public V1SecretReference getNodeStageSecretRef() {
    return nodeStageSecretRef;
  }

  public A withNodeStageSecretRef(V1SecretReference nodeStageSecretRef) {
    this.nodeStageSecretRef = nodeStageSecretRef;
    return self();
  }

  public boolean hasNodeStageSecretRef() {
    return nodeStageSecretRef != null;
  }

  public V1SecretReference buildNodeStageSecretRef() {
    return nodeStageSecretRef;
  }

  public NodeStageSecretRefNested withNewNodeStageSecretRef() {
    return new NodeStageSecretRefNested(null);
  }

  public NodeStageSecretRefNested withNewNodeStageSecretRefLike(V1SecretReference item) {
    return new NodeStageSecretRefNested(item);
  }

  public NodeStageSecretRefNested editNodeStageSecretRef() {
    return new NodeStageSecretRefNested(nodeStageSecretRef);
  }

  public NodeStageSecretRefNested editOrNewNodeStageSecretRef() {
    return new NodeStageSecretRefNested(nodeStageSecretRef != null ? nodeStageSecretRef : new V1SecretReference());
  }

  public NodeStageSecretRefNested editOrNewNodeStageSecretRefLike(V1SecretReference item) {
    return new NodeStageSecretRefNested(nodeStageSecretRef != null ? nodeStageSecretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodeStageSecretRefNested extends V1SecretReferenceFluent<NodeStageSecretRefNested> {
    NodeStageSecretRefNested(V1SecretReference item) {
      super(item);
    }

    public A and() {
      return V1CSIPersistentVolumeSourceFluent.this.withNodeStageSecretRef(toModel());
    }

    public A endNodeStageSecretRef() {
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

  public String getVolumeHandle() {
    return volumeHandle;
  }

  public A withVolumeHandle(String volumeHandle) {
    this.volumeHandle = volumeHandle;
    return self();
  }

  public boolean hasVolumeHandle() {
    return volumeHandle != null;
  }
}
