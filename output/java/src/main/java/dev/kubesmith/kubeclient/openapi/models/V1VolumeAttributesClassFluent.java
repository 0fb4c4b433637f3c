package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1VolumeAttributesClass}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeAttributesClassBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeAttributesClassFluent<A extends V1VolumeAttributesClassFluent<A>> {
  private String apiVersion;
  private String driverName;
  private String kind;
  private V1ObjectMeta metadata;
  private Map<String, String> parameters;

  public V1VolumeAttributesClassFluent() {}

  public V1VolumeAttributesClassFluent(V1VolumeAttributesClass instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeAttributesClass instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.driverName = instance.getDriverName();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.parameters = instance.getParameters() == null ? null : new LinkedHashMap<>(instance.getParameters());
    }
  }

  /** A new {@link V1VolumeAttributesClass} holding what was set (lists and maps copied). */
  V1VolumeAttributesClass toModel() {
    V1VolumeAttributesClass o = new V1VolumeAttributesClass();
    o.setApiVersion(apiVersion);
    o.setDriverName(driverName);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setParameters(parameters == null ? null : new LinkedHashMap<>(parameters));
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

  public String getDriverName() {
    return driverName;
  }

  public A withDriverName(String driverName) {
    this.driverName = driverName;
    return self();
  }

  public boolean hasDriverName() {
    return driverName != null;
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
      return V1VolumeAttributesClassFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public Map<String, String> getParameters() {
    return parameters;
  }

  public A withParameters(Map<String, String> parameters) {
    this.parameters = parameters == null ? null : new LinkedHashMap<>(parameters);
    return self();
  }

  public boolean hasParameters() {
    return parameters != null;
  }

  public A addToParameters(String key, String value) {
    if (this.parameters == null) {
      this.parameters = new LinkedHashMap<>();
    }
    this.parameters.put(key, value);
    return self();
  }

  public A addToParameters(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToParameters(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromParameters(String key) {
    if (this.parameters != null) {
      this.parameters.remove(key);
    }
    return self();
  }

  public A removeFromParameters(Map<String, String> map) {
    if (this.parameters != null && map != null) {
      this.parameters.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
