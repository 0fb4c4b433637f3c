package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DaemonSetSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DaemonSetSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DaemonSetSpecFluent<A extends V1DaemonSetSpecFluent<A>> {
  private Integer minReadySeconds;
  private Integer revisionHistoryLimit;
  private V1LabelSelector selector;
  private V1PodTemplateSpec template;
  private V1DaemonSetUpdateStrategy updateStrategy;

  public V1DaemonSetSpecFluent() {}

  public V1DaemonSetSpecFluent(V1DaemonSetSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DaemonSetSpec instance) {
    if (instance != null) {
      this.minReadySeconds = instance.getMinReadySeconds();
      this.revisionHistoryLimit = instance.getRevisionHistoryLimit();
      this.selector = instance.getSelector();
      this.template = instance.getTemplate();
      this.updateStrategy = instance.getUpdateStrategy();
    }
  }

  /** A new {@link V1DaemonSetSpec} holding what was set (lists and maps copied). */
  V1DaemonSetSpec toModel() {
    V1DaemonSetSpec o = new V1DaemonSetSpec();
    o.setMinReadySeconds(minReadySeconds);
    o.setRevisionHistoryLimit(revisionHistoryLimit);
    o.setSelector(selector);
    o.setTemplate(template);
    o.setUpdateStrategy(updateStrategy);
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

  public Integer getRevisionHistoryLimit() {
    return revisionHistoryLimit;
  }

  public A withRevisionHistoryLimit(Integer revisionHistoryLimit) {
    this.revisionHistoryLimit = revisionHistoryLimit;
    return self();
  }

  public boolean hasRevisionHistoryLimit() {
    return revisionHistoryLimit != null;
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
      return V1DaemonSetSpecFluent.this.withSelector(toModel());
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
      return V1DaemonSetSpecFluent.this.withTemplate(toModel());
    }

    public A endTemplate() {
      return and();
    }
  }

  public V1DaemonSetUpdateStrategy getUpdateStrategy() {
    return updateStrategy;
  }

  public A withUpdateStrategy(V1DaemonSetUpdateStrategy updateStrategy) {
    this.updateStrategy = updateStrategy;
    return self();
  }

  public boolean hasUpdateStrategy() {
    return updateStrategy != null;
  }

  public V1DaemonSetUpdateStrategy buildUpdateStrategy() {
    return updateStrategy;
  }

  public UpdateStrategyNested withNewUpdateStrategy() {
    return new UpdateStrategyNested(null);
  }

  public UpdateStrategyNested withNewUpdateStrategyLike(V1DaemonSetUpdateStrategy item) {
    return new UpdateStrategyNested(item);
  }

  public UpdateStrategyNested editUpdateStrategy() {
    return new UpdateStrategyNested(updateStrategy);
  }

  public UpdateStrategyNested editOrNewUpdateStrategy() {
    return new UpdateStrategyNested(updateStrategy != null ? updateStrategy : new V1DaemonSetUpdateStrategy());
  }

  public UpdateStrategyNested editOrNewUpdateStrategyLike(V1DaemonSetUpdateStrategy item) {
    return new UpdateStrategyNested(updateStrategy != null ? updateStrategy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class UpdateStrategyNested extends V1DaemonSetUpdateStrategyFluent<UpdateStrategyNested> {
    UpdateStrategyNested(V1DaemonSetUpdateStrategy item) {
      super(item);
    }

    public A and() {
      return V1DaemonSetSpecFluent.this.withUpdateStrategy(toModel());
    }

    public A endUpdateStrategy() {
      return and();
    }
  }
}
