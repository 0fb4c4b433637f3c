package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1LimitResponse}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LimitResponseBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LimitResponseFluent<A extends V1LimitResponseFluent<A>> {
  private V1QueuingConfiguration queuing;
  private String type;

  public V1LimitResponseFluent() {}

  public V1LimitResponseFluent(V1LimitResponse instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LimitResponse instance) {
    if (instance != null) {
      this.queuing = instance.getQueuing();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1LimitResponse} holding what was set (lists and maps copied). */
  V1LimitResponse toModel() {
    V1LimitResponse o = new V1LimitResponse();
    o.setQueuing(queuing);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1QueuingConfiguration getQueuing() {
    return queuing;
  }

  public A withQueuing(V1QueuingConfiguration queuing) {
    this.queuing = queuing;
    return self();
  }

  public boolean hasQueuing() {
    return queuing != null;
  }

  public V1QueuingConfiguration buildQueuing() {
    return queuing;
  }

  public QueuingNested withNewQueuing() {
    return new QueuingNested(null);
  }

  public QueuingNested withNewQueuingLike(V1QueuingConfiguration item) {
    return new QueuingNested(item);
  }

  public QueuingNested editQueuing() {
    return new QueuingNested(queuing);
  }

  public QueuingNested editOrNewQueuing() {
    return new QueuingNested(queuing != null ? queuing : new V1QueuingConfiguration());
  }

  public QueuingNested editOrNewQueuingLike(V1QueuingConfiguration item) {
    return new QueuingNested(queuing != null ? queuing : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class QueuingNested extends V1QueuingConfigurationFluent<QueuingNested> {
    QueuingNested(V1QueuingConfiguration item) {
      super(item);
    }

    public A and() {
      return V1LimitResponseFluent.this.withQueuing(toModel());
    }

    public A endQueuing() {
      return and();
    }
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
