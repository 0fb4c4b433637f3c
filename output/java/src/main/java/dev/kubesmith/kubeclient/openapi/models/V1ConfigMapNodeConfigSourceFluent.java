package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ConfigMapNodeConfigSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ConfigMapNodeConfigSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ConfigMapNodeConfigSourceFluent<A extends V1ConfigMapNodeConfigSourceFluent<A>> {
  private String kubeletConfigKey;
  private String name;
  private String namespace;
  private String resourceVersion;
  private String uid;

  public V1ConfigMapNodeConfigSourceFluent() {}

  public V1ConfigMapNodeConfigSourceFluent(V1ConfigMapNodeConfigSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ConfigMapNodeConfigSource instance) {
    if (instance != null) {
      this.kubeletConfigKey = instance.getKubeletConfigKey();
      this.name = instance.getName();
      this.namespace = instance.getNamespace();
      this.resourceVersion = instance.getResourceVersion();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1ConfigMapNodeConfigSource} holding what was set (lists and maps copied). */
  V1ConfigMapNodeConfigSource toModel() {
    V1ConfigMapNodeConfigSource o = new V1ConfigMapNodeConfigSource();
    o.setKubeletConfigKey(kubeletConfigKey);
    o.setName(name);
    o.setNamespace(namespace);
    o.setResourceVersion(resourceVersion);
    o.setUid(uid);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getKubeletConfigKey() {
    return kubeletConfigKey;
  }

  public A withKubeletConfigKey(String kubeletConfigKey) {
    this.kubeletConfigKey = kubeletConfigKey;
    return self();
  }

  public boolean hasKubeletConfigKey() {
    return kubeletConfigKey != null;
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public String getNamespace() {
    return namespace;
  }

  public A withNamespace(String namespace) {
    this.namespace = namespace;
    return self();
  }

  public boolean hasNamespace() {
    return namespace != null;
  }

  public String getResourceVersion() {
    return resourceVersion;
  }

  public A withResourceVersion(String resourceVersion) {
    this.resourceVersion = resourceVersion;
    return self();
  }

  public boolean hasResourceVersion() {
    return resourceVersion != null;
  }

  public String getUid() {
    return uid;
  }

  public A withUid(String uid) {
    this.uid = uid;
    return self();
  }

  public boolean hasUid() {
    return uid != null;
  }
}
