package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ResourceHealth}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourceHealthBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourceHealthFluent<A extends V1ResourceHealthFluent<A>> {
  private String health;
  private String message;
  private String resourceID;

  public V1ResourceHealthFluent() {}

  public V1ResourceHealthFluent(V1ResourceHealth instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourceHealth instance) {
    if (instance != null) {
      this.health = instance.getHealth();
      this.message = instance.getMessage();
      this.resourceID = instance.getResourceID();
    }
  }

  /** A new {@link V1ResourceHealth} holding what was set (lists and maps copied). */
  V1ResourceHealth toModel() {
    V1ResourceHealth o = new V1ResourceHealth();
    o.setHealth(health);
    o.setMessage(message);
    o.setResourceID(resourceID);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getHealth() {
    return health;
  }

  public A withHealth(String health) {
    this.health = health;
    return self();
  }

  public boolean hasHealth() {
    return health != null;
  }

  public String getMessage() {
    return message;
  }

  public A withMessage(String message) {
    this.message = message;
    return self();
  }

  public boolean hasMessage() {
    return message != null;
  }

  public String getResourceID() {
    return resourceID;
  }

  public A withResourceID(String resourceID) {
    this.resourceID = resourceID;
    return self();
  }

  public boolean hasResourceID() {
    return resourceID != null;
  }
}
