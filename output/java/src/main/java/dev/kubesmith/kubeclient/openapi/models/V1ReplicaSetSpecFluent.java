package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ReplicaSetSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ReplicaSetSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ReplicaSetSpecFluent<A extends V1ReplicaSetSpecFluent<A>> {
  private Integer minReadySeconds;
  private Integer replicas;
  private V1LabelSelector selector;
  private V1PodTemplateSpec template;

  public V1ReplicaSetSpecFluent() {}

  public V1ReplicaSetSpecFluent(V1ReplicaSetSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ReplicaSetSpec instance) {
    if (instance != null) {
      this.minReadySeconds = instance.getMinReadySeconds();
      this.replicas = instance.getReplicas();
      this.selector = instance.getSelector();
      this.template = instance.getTemplate();
    }
  }

  /** A new {@link V1ReplicaSetSpec} holding what was set (lists and maps copied). */
  V1ReplicaSetSpec toModel() {
    V1ReplicaSetSpec o = new V1ReplicaSetSpec();
    o.setMinReadySeconds(minReadySeconds);
    o.setReplicas(replicas);
    o.setSelector(selector);
    o.setTemplate(template);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getMinReadySeconds() {
    return minReadySeconds;
  }

  public A withMinReadySeconds(Integer minReadySeconds) {
    this.minReadySeconds = minReadySeconds;
    return self();
  }

  public boolean hasMinReadySeconds() {
    return minReadySeconds != null;
  }

  public Integer getReplicas() {
    return replicas;
  }

  public A withReplicas(Integer replicas) {
    this.replicas = replicas;
    return self();
  }

  public boolean hasReplicas() {
    return replicas != null;
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
      return V1ReplicaSetSpecFluent.this.withSelector(toModel());
    }

    public A endSelector() {
      return and();
    }
  }

  public V1PodTemplateSpec getTemplate() {
    return template;
  }

  public A withTemplate(V1PodTemplateSpec template) {
    this.template = template;
    return self();
  }

  public boolean hasTemplate() {
    return template != null;
  }

  public V1PodTemplateSpec buildTemplate() {
    return template;
  }

  public TemplateNested withNewTemplate() {
    return new TemplateNested(null);
  }

  public TemplateNested withNewTemplateLike(V1PodTemplateSpec item) {
    return new TemplateNested(item);
  }

  public TemplateNested editTemplate() {
    return new TemplateNested(template);
  }

  public TemplateNested editOrNewTemplate() {
    return new TemplateNested(template != null ? template : new V1PodTemplateSpec());
  }

  public TemplateNested editOrNewTemplateLike(V1PodTemplateSpec item) {
    return new TemplateNested(template != null ? template : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TemplateNested extends V1PodTemplateSpecFluent<TemplateNested> {
    TemplateNested(V1PodTemplateSpec item) {
      super(item);
    }

    public A and() {
      return V1ReplicaSetSpecFluent.this.withTemplate(toModel());
    }

    public A endTemplate() {
      return and();
    }
  }
}
