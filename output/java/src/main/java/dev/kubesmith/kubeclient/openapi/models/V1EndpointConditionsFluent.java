package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1EndpointConditions}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EndpointConditionsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EndpointConditionsFluent<A extends V1EndpointConditionsFluent<A>> {
  private Boolean ready;
  private Boolean serving;
  private Boolean terminating;

  public V1EndpointConditionsFluent() {}

  public V1EndpointConditionsFluent(V1EndpointConditions instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EndpointConditions instance) {
    if (instance != null) {
      this.ready = instance.getReady();
      this.serving = instance.getServing();
      this.terminating = instance.getTerminating();
    }
  }

  /** A new {@link V1EndpointConditions} holding what was set (lists and maps copied). */
  V1EndpointConditions toModel() {
    V1EndpointConditions o = new V1EndpointConditions();
    o.setReady(ready);
    o.setServing(serving);
    o.setTerminating(terminating);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getReady() {
    return ready;
  }

  public A withReady(Boolean ready) {
    this.ready = ready;
    return self();
  }

  public boolean hasReady() {
    return ready != null;
  }

  public Boolean getServing() {
    return serving;
  }

  public A withServing(Boolean serving) {
    this.serving = serving;
    return self();
  }

  public boolean hasServing() {
    return serving != null;
  }

  public Boolean getTerminating() {
    return terminating;
  }

  public A withTerminating(Boolean terminating) {
    this.terminating = terminating;
    return self();
  }

  public boolean hasTerminating() {
    return terminating != null;
  }
}
