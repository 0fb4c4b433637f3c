package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeRuntimeHandlerFeatures}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeRuntimeHandlerFeaturesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeRuntimeHandlerFeaturesFluent<A extends V1NodeRuntimeHandlerFeaturesFluent<A>> {
  private Boolean recursiveReadOnlyMounts;
  private Boolean userNamespaces;

  public V1NodeRuntimeHandlerFeaturesFluent() {}

  public V1NodeRuntimeHandlerFeaturesFluent(V1NodeRuntimeHandlerFeatures instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeRuntimeHandlerFeatures instance) {
    if (instance != null) {
      this.recursiveReadOnlyMounts = instance.getRecursiveReadOnlyMounts();
      this.userNamespaces = instance.getUserNamespaces();
    }
  }

  /** A new {@link V1NodeRuntimeHandlerFeatures} holding what was set (lists and maps copied). */
  V1NodeRuntimeHandlerFeatures toModel() {
    V1NodeRuntimeHandlerFeatures o = new V1NodeRuntimeHandlerFeatures();
    o.setRecursiveReadOnlyMounts(recursiveReadOnlyMounts);
    o.setUserNamespaces(userNamespaces);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getRecursiveReadOnlyMounts() {
    return recursiveReadOnlyMounts;
  }

  public A withRecursiveReadOnlyMounts(Boolean recursiveReadOnlyMounts) {
    this.recursiveReadOnlyMounts = recursiveReadOnlyMounts;
    return self();
  }

  public boolean hasRecursiveReadOnlyMounts() {
    return recursiveReadOnlyMounts != null;
  }

  public Boolean getUserNamespaces() {
    return userNamespaces;
  }

  public A withUserNamespaces(Boolean userNamespaces) {
    this.userNamespaces = userNamespaces;
    return self();
  }

  public boolean hasUserNamespaces() {
    return userNamespaces != null;
  }
}
