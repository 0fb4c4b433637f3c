package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V2MetricIdentifier}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V2MetricIdentifierBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V2MetricIdentifierFluent<A extends V2MetricIdentifierFluent<A>> {
  private String name;
  private V1LabelSelector selector;

  public V2MetricIdentifierFluent() {}

  public V2MetricIdentifierFluent(V2MetricIdentifier instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V2MetricIdentifier instance) {
    if (instance != null) {
      this.name = instance.getName();
      this.selector = instance.getSelector();
    }
  }

  /** A new {@link V2MetricIdentifier} holding what was set (lists and maps copied). */
  V2MetricIdentifier toModel() {
    V2MetricIdentifier o = new V2MetricIdentifier();
    o.setName(name);
    o.setSelector(selector);
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

  public V1LabelSelector getSelector() {
    return selector;
  }

  public A withSelector(V1LabelSelector selector) {
    this.selector = selector;
    return self();
  }

  public boolean hasSelector() {
    return selector != null;
  }

  public V1LabelSelector buildSelector() {
    return selector;
  }

  public SelectorNested withNewSelector() {
    return new SelectorNested(null);
  }

  public SelectorNested withNewSelectorLike(V1LabelSelector item) {
    return new SelectorNested(item);
  }

  public SelectorNested editSelector() {
    return new SelectorNested(selector);
  }

  public SelectorNested editOrNewSelector() {
    return new SelectorNested(selector != null ? selector : new V1LabelSelector());
  }

  public SelectorNested editOrNewSelectorLike(V1LabelSelector item) {
    return new SelectorNested(selector != null ? selector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SelectorNested extends V1LabelSelectorFluent<SelectorNested> {
    SelectorNested(V1LabelSelector item) {
      super(item);
    }

    public A and() {
      return V2MetricIdentifierFluent.this.withSelector(toModel());
    }

    public A endSelector() {
      return and();
    }
  }
}
