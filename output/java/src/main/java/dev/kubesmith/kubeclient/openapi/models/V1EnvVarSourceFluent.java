package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1EnvVarSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EnvVarSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EnvVarSourceFluent<A extends V1EnvVarSourceFluent<A>> {
  private V1ConfigMapKeySelector configMapKeyRef;
  private V1ObjectFieldSelector fieldRef;
  private V1FileKeySelector fileKeyRef;
  private V1ResourceFieldSelector resourceFieldRef;
  private V1SecretKeySelector secretKeyRef;

  public V1EnvVarSourceFluent() {}

  public V1EnvVarSourceFluent(V1EnvVarSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EnvVarSource instance) {
    if (instance != null) {
      this.configMapKeyRef = instance.getConfigMapKeyRef();
      this.fieldRef = instance.getFieldRef();
      this.fileKeyRef = instance.getFileKeyRef();
      this.resourceFieldRef = instance.getResourceFieldRef();
      this.secretKeyRef = instance.getSecretKeyRef();
    }
  }

  /** A new {@link V1EnvVarSource} holding what was set (lists and maps copied). */
  V1EnvVarSource toModel() {
    V1EnvVarSource o = new V1EnvVarSource();
    o.setConfigMapKeyRef(configMapKeyRef);
    o.setFieldRef(fieldRef);
    o.setFileKeyRef(fileKeyRef);
    o.setResourceFieldRef(resourceFieldRef);
    o.setSecretKeyRef(secretKeyRef);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ConfigMapKeySelector getConfigMapKeyRef() {
    return configMapKeyRef;
  }

  public A withConfigMapKeyRef(V1ConfigMapKeySelector configMapKeyRef) {
    this.configMapKeyRef = configMapKeyRef;
    return self();
  }

  public boolean hasConfigMapKeyRef() {
    return configMapKeyRef != null;
  }

  public V1ConfigMapKeySelector buildConfigMapKeyRef() {
    return configMapKeyRef;
  }

  public ConfigMapKeyRefNested withNewConfigMapKeyRef() {
    return new ConfigMapKeyRefNested(null);
  }

  public ConfigMapKeyRefNested withNewConfigMapKeyRefLike(V1ConfigMapKeySelector item) {
    return new ConfigMapKeyRefNested(item);
  }

  public ConfigMapKeyRefNested editConfigMapKeyRef() {
    return new ConfigMapKeyRefNested(configMapKeyRef);
  }

  public ConfigMapKeyRefNested editOrNewConfigMapKeyRef() {
    return new ConfigMapKeyRefNested(configMapKeyRef != null ? configMapKeyRef : new V1ConfigMapKeySelector());
  }

  public ConfigMapKeyRefNested editOrNewConfigMapKeyRefLike(V1ConfigMapKeySelector item) {
    return new ConfigMapKeyRefNested(configMapKeyRef != null ? configMapKeyRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConfigMapKeyRefNested extends V1ConfigMapKeySelectorFluent<ConfigMapKeyRefNested> {
    ConfigMapKeyRefNested(V1ConfigMapKeySelector item) {
      super(item);
    }

    public A and() {
      return V1EnvVarSourceFluent.this.withConfigMapKeyRef(toModel());
    }

    public A endConfigMapKeyRef() {
      return and();
    }
  }

  public V1ObjectFieldSelector getFieldRef() {
    return fieldRef;
  }

  public A withFieldRef(V1ObjectFieldSelector fieldRef) {
    this.fieldRef = fieldRef;
    return self();
  }

  public boolean hasFieldRef() {
    return fieldRef != null;
  }

  public V1ObjectFieldSelector buildFieldRef() {
    return fieldRef;
  }

  public FieldRefNested withNewFieldRef() {
    return new FieldRefNested(null);
  }

  public FieldRefNested withNewFieldRefLike(V1ObjectFieldSelector item) {
    return new FieldRefNested(item);
  }

  public FieldRefNested editFieldRef() {
    return new FieldRefNested(fieldRef);
  }

  public FieldRefNested editOrNewFieldRef() {
    return new FieldRefNested(fieldRef != null ? fieldRef : new V1ObjectFieldSelector());
  }

  public FieldRefNested editOrNewFieldRefLike(V1ObjectFieldSelector item) {
    return new FieldRefNested(fieldRef != null ? fieldRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FieldRefNested extends V1ObjectFieldSelectorFluent<FieldRefNested> {
    FieldRefNested(V1ObjectFieldSelector item) {
      super(item);
    }

    public A and() {
      return V1EnvVarSourceFluent.this.withFieldRef(toModel());
    }

    public A endFieldRef() {
      return and();
    }
  }

  public V1FileKeySelector getFileKeyRef() {
    return fileKeyRef;
  }

  public A withFileKeyRef(V1FileKeySelector fileKeyRef) {
    this.fileKeyRef = fileKeyRef;
    return self();
  }

  public boolean hasFileKeyRef() {
    return fileKeyRef != null;
  }

  public V1FileKeySelector buildFileKeyRef() {
    return fileKeyRef;
  }

  public FileKeyRefNested withNewFileKeyRef() {
    return new FileKeyRefNested(null);
  }

  public FileKeyRefNested withNewFileKeyRefLike(V1FileKeySelector item) {
    return new FileKeyRefNested(item);
  }

  public FileKeyRefNested editFileKeyRef() {
    return new FileKeyRefNested(fileKeyRef);
  }

  public FileKeyRefNested editOrNewFileKeyRef() {
    return new FileKeyRefNested(fileKeyRef != null ? fileKeyRef : new V1FileKeySelector());
  }

  public FileKeyRefNested editOrNewFileKeyRefLike(V1FileKeySelector item) {
    return new FileKeyRefNested(fileKeyRef != null ? fileKeyRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FileKeyRefNested extends V1FileKeySelectorFluent<FileKeyRefNested> {
    FileKeyRefNested(V1FileKeySelector item) {
      super(item);
    }

    public A and() {
      return V1EnvVarSourceFluent.this.withFileKeyRef(toModel());
    }

    public A endFileKeyRef() {
      return and();
    }
  }

  public V1ResourceFieldSelector getResourceFieldRef() {
    return resourceFieldRef;
  }

  public A withResourceFieldRef(V1ResourceFieldSelector resourceFieldRef) {
    this.resourceFieldRef = resourceFieldRef;
    return self();
  }

  public boolean hasResourceFieldRef() {
    return resourceFieldRef != null;
  }

  public V1ResourceFieldSelector buildResourceFieldRef() {
    return resourceFieldRef;
  }

  public ResourceFieldRefNested withNewResourceFieldRef() {
    return new ResourceFieldRefNested(null);
  }

  public ResourceFieldRefNested withNewResourceFieldRefLike(V1ResourceFieldSelector item) {
    return new ResourceFieldRefNested(item);
  }

  public ResourceFieldRefNested editResourceFieldRef() {
    return new ResourceFieldRefNested(resourceFieldRef);
  }

  public ResourceFieldRefNested editOrNewResourceFieldRef() {
    return new ResourceFieldRefNested(resourceFieldRef != null ? resourceFieldRef : new V1ResourceFieldSelector());
  }

  public ResourceFieldRefNested editOrNewResourceFieldRefLike(V1ResourceFieldSelector item) {
    return new ResourceFieldRefNested(resourceFieldRef != null ? resourceFieldRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourceFieldRefNested extends V1ResourceFieldSelectorFluent<ResourceFieldRefNested> {
    ResourceFieldRefNested(V1ResourceFieldSelector item) {
      super(item);
    }

    public A and() {
      return V1EnvVarSourceFluent.this.withResourceFieldRef(toModel());
    }

    public A endResourceFieldRef() {
      return and();
    }
  }

  public V1SecretKeySelector getSecretKeyRef() {
    return secretKeyRef;
  }

  public A withSecretKeyRef(V1SecretKeySelector secretKeyRef) {
    this.secretKeyRef = secretKeyRef;
    return self();
  }

  public boolean hasSecretKeyRef() {
    return secretKeyRef != null;
  }

  public V1SecretKeySelector buildSecretKeyRef() {
    return secretKeyRef;
  }

  public SecretKeyRefNested withNewSecretKeyRef() {
    return new SecretKeyRefNested(null);
  }

  public SecretKeyRefNested withNewSecretKeyRefLike(V1SecretKeySelector item) {
    return new SecretKeyRefNested(item);
  }

  public SecretKeyRefNested editSecretKeyRef() {
    return new SecretKeyRefNested(secretKeyRef);
  }

  public SecretKeyRefNested editOrNewSecretKeyRef() {
    return new SecretKeyRefNested(secretKeyRef != null ? secretKeyRef : new V1SecretKeySelector());
  }

  public SecretKeyRefNested editOrNewSecretKeyRefLike(V1SecretKeySelector item) {
    return new SecretKeyRefNested(secretKeyRef != null ? secretKeyRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SecretKeyRefNested extends V1SecretKeySelectorFluent<SecretKeyRefNested> {
    SecretKeyRefNested(V1SecretKeySelector item) {
      super(item);
    }

    public A and() {
      return V1EnvVarSourceFluent.this.withSecretKeyRef(toModel());
    }

    public A endSecretKeyRef() {
      return and();
    }
  }
}
