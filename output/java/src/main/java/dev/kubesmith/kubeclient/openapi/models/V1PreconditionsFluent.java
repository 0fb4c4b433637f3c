package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1Preconditions}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PreconditionsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PreconditionsFluent<A extends V1PreconditionsFluent<A>> {
  private String resourceVersion;
  private String uid;

  public V1PreconditionsFluent() {}

  public V1PreconditionsFluent(V1Preconditions instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Preconditions instance) {
    if (instance != null) {
      this.resourceVersion = instance.getResourceVersion();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1Preconditions} holding what was set (lists and maps copied). */
  V1Preconditions toModel() {
    V1Preconditions o = new V1Preconditions();
    o.setResourceVersion(resourceVersion);
    o.setUid(uid);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
