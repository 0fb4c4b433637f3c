package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1EvictionPodReference}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1EvictionPodReferenceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1EvictionPodReferenceFluent<A extends V1alpha1EvictionPodReferenceFluent<A>> {
  private String name;
  private String uid;

  public V1alpha1EvictionPodReferenceFluent() {}

  public V1alpha1EvictionPodReferenceFluent(V1alpha1EvictionPodReference instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1EvictionPodReference instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1alpha1EvictionPodReference} holding what was set (lists and maps copied). */
  V1alpha1EvictionPodReference toModel() {
    V1alpha1EvictionPodReference o = new V1alpha1EvictionPodReference();
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
