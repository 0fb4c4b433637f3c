package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1EnvFromSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EnvFromSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EnvFromSourceFluent<A extends V1EnvFromSourceFluent<A>> {
  private V1ConfigMapEnvSource configMapRef;
  private String prefix;
  private V1SecretEnvSource secretRef;

  public V1EnvFromSourceFluent() {}

  public V1EnvFromSourceFluent(V1EnvFromSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EnvFromSource instance) {
    if (instance != null) {
      this.configMapRef = instance.getConfigMapRef();
      this.prefix = instance.getPrefix();
      this.secretRef = instance.getSecretRef();
    }
  }

  /** A new {@link V1EnvFromSource} holding what was set (lists and maps copied). */
  V1EnvFromSource toModel() {
    V1EnvFromSource o = new V1EnvFromSource();
    o.setConfigMapRef(configMapRef);
    o.setPrefix(prefix);
    o.setSecretRef(secretRef);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ConfigMapEnvSource getConfigMapRef() {
    return configMapRef;
  }

  public A withConfigMapRef(V1ConfigMapEnvSource configMapRef) {
    this.configMapRef = configMapRef;
    return self();
  }

  public boolean hasConfigMapRef() {
    return configMapRef != null;
  }

  public V1ConfigMapEnvSource buildConfigMapRef() {
    return configMapRef;
  }

  public ConfigMapRefNested withNewConfigMapRef() {
    return new ConfigMapRefNested(null);
  }

  public ConfigMapRefNested withNewConfigMapRefLike(V1ConfigMapEnvSource item) {
    return new ConfigMapRefNested(item);
  }

  public ConfigMapRefNested editConfigMapRef() {
    return new ConfigMapRefNested(configMapRef);
  }

  public ConfigMapRefNested editOrNewConfigMapRef() {
    return new ConfigMapRefNested(configMapRef != null ? configMapRef : new V1ConfigMapEnvSource());
  }

  public ConfigMapRefNested editOrNewConfigMapRefLike(V1ConfigMapEnvSource item) {
    return new ConfigMapRefNested(configMapRef != null ? configMapRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConfigMapRefNested extends V1ConfigMapEnvSourceFluent<ConfigMapRefNested> {
    ConfigMapRefNested(V1ConfigMapEnvSource item) {
      super(item);
    }

    public A and() {
      return V1EnvFromSourceFluent.this.withConfigMapRef(toModel());
    }

    public A endConfigMapRef() {
      return and();
    }
  }

  public String getPrefix() {
    return prefix;
  }

  public A withPrefix(String prefix) {
    this.prefix = prefix;
    return self();
  }

  public boolean hasPrefix() {
    return prefix != null;
  }

  public V1SecretEnvSource getSecretRef() {
    return secretRef;
  }

  public A withSecretRef(V1SecretEnvSource secretRef) {
    this.secretRef = secretRef;
    return self();
  }

  public boolean hasSecretRef() {
    return secretRef != null;
  }

  public V1SecretEnvSource buildSecretRef() {
    return secretRef;
  }

  public SecretRefNested withNewSecretRef() {
    return new SecretRefNested(null);
  }

  public SecretRefNested withNewSecretRefLike(V1SecretEnvSource item) {
    return new SecretRefNested(item);
  }

  public SecretRefNested editSecretRef() {
    return new SecretRefNested(secretRef);
  }

  public SecretRefNested editOrNewSecretRef() {
    return new SecretRefNested(secretRef != null ? secretRef : new V1SecretEnvSource());
  }

  public SecretRefNested editOrNewSecretRefLike(V1SecretEnvSource item) {
    return new SecretRefNested(secretRef != null ? secretRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SecretRefNested extends V1SecretEnvSourceFluent<SecretRefNested> {
    SecretRefNested(V1SecretEnvSource item) {
      super(item);
    }

    public A and() {
      return V1EnvFromSourceFluent.this.withSecretRef(toModel());
    }

    public A endSecretRef() {
      return and();
    }
  }
}
