package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1ConfigMap}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ConfigMapBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ConfigMapFluent<A extends V1ConfigMapFluent<A>> {
  private String apiVersion;
  private Map<String, byte[]> binaryData;
  private Map<String, String> data;
  private Boolean immutable;
  private String kind;
  private V1ObjectMeta metadata;

  public V1ConfigMapFluent() {}

  public V1ConfigMapFluent(V1ConfigMap instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ConfigMap instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.binaryData = instance.getBinaryData() == null ? null : new LinkedHashMap<>(instance.getBinaryData());
      this.data = instance.getData() == null ? null : new LinkedHashMap<>(instance.getData());
      this.immutable = instance.getImmutable();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
    }
  }

  /** A new {@link V1ConfigMap} holding what was set (lists and maps copied). */
  V1ConfigMap toModel() {
    V1ConfigMap o = new V1ConfigMap();
    o.setApiVersion(apiVersion);
    o.setBinaryData(binaryData == null ? null : new LinkedHashMap<>(binaryData));
    o.setData(data == null ? null : new LinkedHashMap<>(data));
    o.setImmutable(immutable);
    o.setKind(kind);
    o.setMetadata(metadata);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public Map<String, byte[]> getBinaryData() {
    return binaryData;
  }

  public A withBinaryData(Map<String, byte[]> binaryData) {
    this.binaryData = binaryData == null ? null : new LinkedHashMap<>(binaryData);
    return self();
  }

  public boolean hasBinaryData() {
    return binaryData != null;
  }

  public A addToBinaryData(String key, byte[] value) {
    if (this.binaryData == null) {
      this.binaryData = new LinkedHashMap<>();
    }
    this.binaryData.put(key, value);
    return self();
  }

  public A addToBinaryData(Map<String, byte[]> map) {
    if (map != null) {
      for (Map.Entry<String, byte[]> entry : map.entrySet()) {
        addToBinaryData(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromBinaryData(String key) {
    if (this.binaryData != null) {
      this.binaryData.remove(key);
    }
    return self();
  }

  public A removeFromBinaryData(Map<String, byte[]> map) {
    if (this.binaryData != null && map != null) {
      this.binaryData.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, String> getData() {
    return data;
  }

  public A withData(Map<String, String> data) {
    this.data = data == null ? null : new LinkedHashMap<>(data);
    return self();
  }

  public boolean hasData() {
    return data != null;
  }

  public A addToData(String key, String value) {
    if (this.data == null) {
      this.data = new LinkedHashMap<>();
    }
    this.data.put(key, value);
    return self();
  }

  public A addToData(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToData(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromData(String key) {
    if (this.data != null) {
      this.data.remove(key);
    }
    return self();
  }

  public A removeFromData(Map<String, String> map) {
    if (this.data != null && map != null) {
      this.data.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Boolean getImmutable() {
    return immutable;
  }

  public A withImmutable(Boolean immutable) {
    this.immutable = immutable;
    return self();
  }

  public boolean hasImmutable() {
    return immutable != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1ConfigMapFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }
}
