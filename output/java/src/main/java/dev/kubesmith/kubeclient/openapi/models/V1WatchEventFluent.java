package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1WatchEvent}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1WatchEventBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1WatchEventFluent<A extends V1WatchEventFluent<A>> {
  private Object object;
  private String type;

  public V1WatchEventFluent() {}

  public V1WatchEventFluent(V1WatchEvent instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1WatchEvent instance) {
    if (instance != null) {
      this.object = instance.getObject();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1WatchEvent} holding what was set (lists and maps copied). */
  V1WatchEvent toModel() {
    V1WatchEvent o = new V1WatchEvent();
    o.setObject(object);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Object getObject() {
    return object;
  }

  public A withObject(Object object) {
    this.object = object;
    return self();
  }

  public boolean hasObject() {
    return object != null;
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
