package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ShardInfo}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ShardInfoBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ShardInfoFluent<A extends V1ShardInfoFluent<A>> {
  private String selector;

  public V1ShardInfoFluent() {}

  public V1ShardInfoFluent(V1ShardInfo instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ShardInfo instance) {
    if (instance != null) {
      this.selector = instance.getSelector();
    }
  }

  /** A new {@link V1ShardInfo} holding what was set (lists and maps copied). */
  V1ShardInfo toModel() {
    V1ShardInfo o = new V1ShardInfo();
    o.setSelector(selector);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getSelector() {
    return selector;
  }

  public A withSelector(String selector) {
    this.selector = selector;
    return self();
  }

  public boolean hasSelector() {
    return selector != null;
  }
}
