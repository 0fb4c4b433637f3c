package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1FlowDistinguisherMethod}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1FlowDistinguisherMethodBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1FlowDistinguisherMethodFluent<A extends V1FlowDistinguisherMethodFluent<A>> {
  private String type;

  public V1FlowDistinguisherMethodFluent() {}

  public V1FlowDistinguisherMethodFluent(V1FlowDistinguisherMethod instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1FlowDistinguisherMethod instance) {
    if (instance != null) {
      this.type = instance.getType();
    }
  }

  /** A new {@link V1FlowDistinguisherMethod} holding what was set (lists and maps copied). */
  V1FlowDistinguisherMethod toModel() {
    V1FlowDistinguisherMethod o = new V1FlowDistinguisherMethod();
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
