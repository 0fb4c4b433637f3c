package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DeploymentSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeploymentSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeploymentSpecFluent<A extends V1DeploymentSpecFluent<A>> {
  private Integer minReadySeconds;
  private Boolean paused;
  private Integer progressDeadlineSeconds;
  private Integer replicas;
  private Integer revisionHistoryLimit;
  private V1LabelSelector selector;
  private V1DeploymentStrategy strategy;
  private V1PodTemplateSpec template;

  public V1DeploymentSpecFluent() {}

  public V1DeploymentSpecFluent(V1DeploymentSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeploymentSpec instance) {
    if (instance != null) {
      this.minReadySeconds = instance.getMinReadySeconds();
      this.paused = instance.getPaused();
      this.progressDeadlineSeconds = instance.getProgressDeadlineSeconds();
      this.replicas = instance.getReplicas();
      this.revisionHistoryLimit = instance.getRevisionHistoryLimit();
      this.selector = instance.getSelector();
      this.strategy = instance.getStrategy();
      this.template = instance.getTemplate();
    }
  }

  /** A new {@link V1DeploymentSpec} holding what was set (lists and maps copied). */
  V1DeploymentSpec toModel() {
    V1DeploymentSpec o = new V1DeploymentSpec();
    o.setMinReadySeconds(minReadySeconds);
    o.setPaused(paused);
    o.setProgressDeadlineSeconds(progressDeadlineSeconds);
    o.setReplicas(replicas);
    o.setRevisionHistoryLimit(revisionHistoryLimit);
    o.setSelector(selector);
    o.setStrategy(strategy);
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

  public Boolean getPaused() {
    return paused;
  }

  public A withPaused(Boolean paused) {
    this.paused = paused;
    return self();
  }

  public boolean hasPaused() {
    return paused != null;
  }

  public Integer getProgressDeadlineSeconds() {
    return progressDeadlineSeconds;
  }

  public A withProgressDeadlineSeconds(Integer progressDeadlineSeconds) {
    this.progressDeadlineSeconds = progressDeadlineSeconds;
    return self();
  }

  public boolean hasProgressDeadlineSeconds() {
    return progressDeadlineSeconds != null;
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
      return V1DeploymentSpecFluent.this.withSelector(toModel());
    }

    public A endSelector() {
      return and();
    }
  }

  public V1DeploymentStrategy getStrategy() {
    return strategy;
  }

  public A withStrategy(V1DeploymentStrategy strategy) {
    this.strategy = strategy;
    return self();
  }

  public boolean hasStrategy() {
    return strategy != null;
  }

  public V1DeploymentStrategy buildStrategy() {
    return strategy;
  }

  public StrategyNested withNewStrategy() {
    return new StrategyNested(null);
  }

  public StrategyNested withNewStrategyLike(V1DeploymentStrategy item) {
    return new StrategyNested(item);
  }

  public StrategyNested editStrategy() {
    return new StrategyNested(strategy);
  }

  public StrategyNested editOrNewStrategy() {
    return new StrategyNested(strategy != null ? strategy : new V1DeploymentStrategy());
  }

  public StrategyNested editOrNewStrategyLike(V1DeploymentStrategy item) {
    return new StrategyNested(strategy != null ? strategy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class StrategyNested extends V1DeploymentStrategyFluent<StrategyNested> {
    StrategyNested(V1DeploymentStrategy item) {
      super(item);
    }

    public A and() {
      return V1DeploymentSpecFluent.this.withStrategy(toModel());
    }

    public A endStrategy() {
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
      return V1DeploymentSpecFluent.this.withTemplate(toModel());
    }

    public A endTemplate() {
      return and();
    }
  }
}
