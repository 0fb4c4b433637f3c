package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1Secret}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SecretBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SecretFluent<A extends V1SecretFluent<A>> {
  private String apiVersion;
  private Map<String, byte[]> data;
  private Boolean immutable;
  private String kind;
  private V1ObjectMeta metadata;
  private Map<String, String> stringData;
  private String type;

  public V1SecretFluent() {}

  public V1SecretFluent(V1Secret instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Secret instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.data = instance.getData() == null ? null : new LinkedHashMap<>(instance.getData());
      this.immutable = instance.getImmutable();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.stringData = instance.getStringData() == null ? null : new LinkedHashMap<>(instance.getStringData());
      this.type = instance.getType();
    }
  }

  /** A new {@link V1Secret} holding what was set (lists and maps copied). */
  V1Secret toModel() {
    V1Secret o = new V1Secret();
    o.setApiVersion(apiVersion);
    o.setData(data == null ? null : new LinkedHashMap<>(data));
    o.setImmutable(immutable);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setStringData(stringData == null ? null : new LinkedHashMap<>(stringData));
    o.setType(type);
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

  public Map<String, byte[]> getData() {
    return data;
  }

  public A withData(Map<String, byte[]> data) {
    this.data = data == null ? null : new LinkedHashMap<>(data);
    return self();
  }

  public boolean hasData() {
    return data != null;
  }

  public A addToData(String key, byte[] value) {
    if (this.data == null) {
      this.data = new LinkedHashMap<>();
    }
    this.data.put(key, value);
    return self();
  }

  public A addToData(Map<String, byte[]> map) {
    if (map != null) {
      for (Map.Entry<String, byte[]> entry : map.entrySet()) {
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

  public A removeFromData(Map<String, byte[]> map) {
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
      return V1SecretFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public Map<String, String> getStringData() {
    return stringData;
  }

  public A withStringData(Map<String, String> stringData) {
    this.stringData = stringData == null ? null : new LinkedHashMap<>(stringData);
    return self();
  }

  public boolean hasStringData() {
    return stringData != null;
  }

  public A addToStringData(String key, String value) {
    if (this.stringData == null) {
      this.stringData = new LinkedHashMap<>();
    }
    this.stringData.put(key, value);
    return self();
  }

  public A addToStringData(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToStringData(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromStringData(String key) {
    if (this.stringData != null) {
      this.stringData.remove(key);
    }
    return self();
  }

  public A removeFromStringData(Map<String, String> map) {
    if (this.stringData != null && map != null) {
      this.stringData.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
