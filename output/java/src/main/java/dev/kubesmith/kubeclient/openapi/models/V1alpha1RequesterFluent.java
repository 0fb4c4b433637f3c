package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha1Requester}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1RequesterBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1RequesterFluent<A extends V1alpha1RequesterFluent<A>> {
  private String intent;
  private String name;

  public V1alpha1RequesterFluent() {}

  public V1alpha1RequesterFluent(V1alpha1Requester instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1Requester instance) {
    if (instance != null) {
      this.intent = instance.getIntent();
      this.name = instance.getName();
    }
  }

  /** A new {@link V1alpha1Requester} holding what was set (lists and maps copied). */
  V1alpha1Requester toModel() {
    V1alpha1Requester o = new V1alpha1Requester();
    o.setIntent(intent);
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getIntent() {
    return intent;
  }

  public A withIntent(String intent) {
    this.intent = intent;
    return self();
  }

  public boolean hasIntent() {
    return intent != null;
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
}
