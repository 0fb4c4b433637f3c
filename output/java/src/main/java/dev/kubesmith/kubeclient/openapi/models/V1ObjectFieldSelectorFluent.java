package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ObjectFieldSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ObjectFieldSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ObjectFieldSelectorFluent<A extends V1ObjectFieldSelectorFluent<A>> {
  private String apiVersion;
  private String fieldPath;

  public V1ObjectFieldSelectorFluent() {}

  public V1ObjectFieldSelectorFluent(V1ObjectFieldSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ObjectFieldSelector instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.fieldPath = instance.getFieldPath();
    }
  }

  /** A new {@link V1ObjectFieldSelector} holding what was set (lists and maps copied). */
  V1ObjectFieldSelector toModel() {
    V1ObjectFieldSelector o = new V1ObjectFieldSelector();
    o.setApiVersion(apiVersion);
    o.setFieldPath(fieldPath);
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

  public String getFieldPath() {
    return fieldPath;
  }

  public A withFieldPath(String fieldPath) {
    this.fieldPath = fieldPath;
    return self();
  }

  public boolean hasFieldPath() {
    return fieldPath != null;
  }
}
