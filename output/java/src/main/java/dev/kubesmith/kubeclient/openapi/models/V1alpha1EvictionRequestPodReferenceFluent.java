package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1EvictionRequestPodReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1EvictionRequestPodReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1EvictionRequestPodReferenceFluent<A extends V1alpha1EvictionRequestPodReferenceFluent<A>> {
  private String name;
  private String uid;

  public V1alpha1EvictionRequestPodReferenceFluent() {}

  public V1alpha1EvictionRequestPodReferenceFluent(V1alpha1EvictionRequestPodReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1EvictionRequestPodReference instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1alpha1EvictionRequestPodReference} holding what was set (lists and maps copied). */
  V1alpha1EvictionRequestPodReference toModel() {
    V1alpha1EvictionRequestPodReference o = new V1alpha1EvictionRequestPodReference();
    o.setName(name);
    o.setUid(uid);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
