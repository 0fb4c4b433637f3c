package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeConfigSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeConfigSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeConfigSourceFluent<A extends V1NodeConfigSourceFluent<A>> {
  private V1ConfigMapNodeConfigSource configMap;

  public V1NodeConfigSourceFluent() {}

  public V1NodeConfigSourceFluent(V1NodeConfigSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeConfigSource instance) {
    if (instance != null) {
      this.configMap = instance.getConfigMap();
    }
  }

  /** A new {@link V1NodeConfigSource} holding what was set (lists and maps copied). */
  V1NodeConfigSource toModel() {
    V1NodeConfigSource o = new V1NodeConfigSource();
    o.setConfigMap(configMap);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ConfigMapNodeConfigSource getConfigMap() {
    return configMap;
  }

  public A withConfigMap(V1ConfigMapNodeConfigSource configMap) {
    this.configMap = configMap;
    return self();
  }

  public boolean hasConfigMap() {
    return configMap != null;
  }

  public V1ConfigMapNodeConfigSource buildConfigMap() {
    return configMap;
  }

  public ConfigMapNested withNewConfigMap() {
    return new ConfigMapNested(null);
  }

  public ConfigMapNested withNewConfigMapLike(V1ConfigMapNodeConfigSource item) {
    return new ConfigMapNested(item);
  }

  public ConfigMapNested editConfigMap() {
    return new ConfigMapNested(configMap);
  }

  public ConfigMapNested editOrNewConfigMap() {
    return new ConfigMapNested(configMap != null ? configMap : new V1ConfigMapNodeConfigSource());
  }

  public ConfigMapNested editOrNewConfigMapLike(V1ConfigMapNodeConfigSource item) {
    return new ConfigMapNested(configMap != null ? configMap : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConfigMapNested extends V1ConfigMapNodeConfigSourceFluent<ConfigMapNested> {
    ConfigMapNested(V1ConfigMapNodeConfigSource item) {
      super(item);
    }

    public A and() {
      return V1NodeConfigSourceFluent.this.withConfigMap(toModel());
    }

    public A endConfigMap() {
      return and();
    }
  }
}
