package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1JobSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1JobSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1JobSpecFluent<A extends V1JobSpecFluent<A>> {
  private Long activeDeadlineSeconds;
  private Integer backoffLimit;
  private Integer backoffLimitPerIndex;
  private String completionMode;
  private Integer completions;
  private String managedBy;
  private Boolean manualSelector;
  private Integer maxFailedIndexes;
  private Integer parallelism;
  private V1PodFailurePolicy podFailurePolicy;
  private String podReplacementPolicy;
  private V1JobSchedulingConfiguration scheduling;
  private V1LabelSelector selector;
  private V1SuccessPolicy successPolicy;
  private Boolean suspend;
  private V1PodTemplateSpec template;
  private Integer ttlSecondsAfterFinished;

  public V1JobSpecFluent() {}

  public V1JobSpecFluent(V1JobSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1JobSpec instance) {
    if (instance != null) {
      this.activeDeadlineSeconds = instance.getActiveDeadlineSeconds();
      this.backoffLimit = instance.getBackoffLimit();
      this.backoffLimitPerIndex = instance.getBackoffLimitPerIndex();
      this.completionMode = instance.getCompletionMode();
      this.completions = instance.getCompletions();
      this.managedBy = instance.getManagedBy();
      this.manualSelector = instance.getManualSelector();
      this.maxFailedIndexes = instance.getMaxFailedIndexes();
      this.parallelism = instance.getParallelism();
      this.podFailurePolicy = instance.getPodFailurePolicy();
      this.podReplacementPolicy = instance.getPodReplacementPolicy();
      this.scheduling = instance.getScheduling();
      this.selector = instance.getSelector();
      this.successPolicy = instance.getSuccessPolicy();
      this.suspend = instance.getSuspend();
      this.template = instance.getTemplate();
      this.ttlSecondsAfterFinished = instance.getTtlSecondsAfterFinished();
    }
  }

  /** A new {@link V1JobSpec} holding what was set (lists and maps copied). */
  V1JobSpec toModel() {
    V1JobSpec o = new V1JobSpec();
    o.setActiveDeadlineSeconds(activeDeadlineSeconds);
    o.setBackoffLimit(backoffLimit);
    o.setBackoffLimitPerIndex(backoffLimitPerIndex);
    o.setCompletionMode(completionMode);
    o.setCompletions(completions);
    o.setManagedBy(managedBy);
    o.setManualSelector(manualSelector);
    o.setMaxFailedIndexes(maxFailedIndexes);
    o.setParallelism(parallelism);
    o.setPodFailurePolicy(podFailurePolicy);
    o.setPodReplacementPolicy(podReplacementPolicy);
    o.setScheduling(scheduling);
    o.setSelector(selector);
    o.setSuccessPolicy(successPolicy);
    o.setSuspend(suspend);
    o.setTemplate(template);
    o.setTtlSecondsAfterFinished(ttlSecondsAfterFinished);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Long getActiveDeadlineSeconds() {
    return activeDeadlineSeconds;
  }

  public A withActiveDeadlineSeconds(Long activeDeadlineSeconds) {
    this.activeDeadlineSeconds = activeDeadlineSeconds;
    return self();
  }

  public boolean hasActiveDeadlineSeconds() {
    return activeDeadlineSeconds != null;
  }

  public Integer getBackoffLimit() {
    return backoffLimit;
  }

  public A withBackoffLimit(Integer backoffLimit) {
    this.backoffLimit = backoffLimit;
    return self();
  }

  public boolean hasBackoffLimit() {
    return backoffLimit != null;
  }

  public Integer getBackoffLimitPerIndex() {
    return backoffLimitPerIndex;
  }

  public A withBackoffLimitPerIndex(Integer backoffLimitPerIndex) {
    this.backoffLimitPerIndex = backoffLimitPerIndex;
    return self();
  }

  public boolean hasBackoffLimitPerIndex() {
    return backoffLimitPerIndex != null;
  }

  public String getCompletionMode() {
    return completionMode;
  }

  public A withCompletionMode(String completionMode) {
    this.completionMode = completionMode;
    return self();
  }

  public boolean hasCompletionMode() {
    return completionMode != null;
  }

  public Integer getCompletions() {
    return completions;
  }

  public A withCompletions(Integer completions) {
    this.completions = completions;
    return self();
  }

  public boolean hasCompletions() {
    return completions != null;
  }

  public String getManagedBy() {
    return managedBy;
  }

  public A withManagedBy(String managedBy) {
    this.managedBy = managedBy;
    return self();
  }

  public boolean hasManagedBy() {
    return managedBy != null;
  }

  public Boolean getManualSelector() {
    return manualSelector;
  }

  public A withManualSelector(Boolean manualSelector) {
    this.manualSelector = manualSelector;
    return self();
  }

  public boolean hasManualSelector() {
    return manualSelector != null;
  }

  public Integer getMaxFailedIndexes() {
    return maxFailedIndexes;
  }

  public A withMaxFailedIndexes(Integer maxFailedIndexes) {
    this.maxFailedIndexes = maxFailedIndexes;
    return self();
  }

  public boolean hasMaxFailedIndexes() {
    return maxFailedIndexes != null;
  }

  public Integer getParallelism() {
    return parallelism;
  }

  public A withParallelism(Integer parallelism) {
    this.parallelism = parallelism;
    return self();
  }

  public boolean hasParallelism() {
    return parallelism != null;
  }

  public V1PodFailurePolicy getPodFailurePolicy() {
    return podFailurePolicy;
  }

  public A withPodFailurePolicy(V1PodFailurePolicy podFailurePolicy) {
    this.podFailurePolicy = podFailurePolicy;
    return self();
  }

  public boolean hasPodFailurePolicy() {
    return podFailurePolicy != null;
  }

  public V1PodFailurePolicy buildPodFailurePolicy() {
    return podFailurePolicy;
  }

  public PodFailurePolicyNested withNewPodFailurePolicy() {
    return new PodFailurePolicyNested(null);
  }

  public PodFailurePolicyNested withNewPodFailurePolicyLike(V1PodFailurePolicy item) {
    return new PodFailurePolicyNested(item);
  }

  public PodFailurePolicyNested editPodFailurePolicy() {
    return new PodFailurePolicyNested(podFailurePolicy);
  }

  public PodFailurePolicyNested editOrNewPodFailurePolicy() {
    return new PodFailurePolicyNested(podFailurePolicy != null ? podFailurePolicy : new V1PodFailurePolicy());
  }

  public PodFailurePolicyNested editOrNewPodFailurePolicyLike(V1PodFailurePolicy item) {
    return new PodFailurePolicyNested(podFailurePolicy != null ? podFailurePolicy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PodFailurePolicyNested extends V1PodFailurePolicyFluent<PodFailurePolicyNested> {
    PodFailurePolicyNested(V1PodFailurePolicy item) {
      super(item);
    }

    public A and() {
      return V1JobSpecFluent.this.withPodFailurePolicy(toModel());
    }

    public A endPodFailurePolicy() {
      return and();
    }
  }

  public String getPodReplacementPolicy() {
    return podReplacementPolicy;
  }

  public A withPodReplacementPolicy(String podReplacementPolicy) {
    this.podReplacementPolicy = podReplacementPolicy;
    return self();
  }

  public boolean hasPodReplacementPolicy() {
    return podReplacementPolicy != null;
  }

  public V1JobSchedulingConfiguration getScheduling() {
    return scheduling;
  }

  public A withScheduling(V1JobSchedulingConfiguration scheduling) {
    this.scheduling = scheduling;
    return self();
  }

  public boolean hasScheduling() {
    return scheduling != null;
  }

  public V1JobSchedulingConfiguration buildScheduling() {
    return scheduling;
  }

  public SchedulingNested withNewScheduling() {
    return new SchedulingNested(null);
  }

  public SchedulingNested withNewSchedulingLike(V1JobSchedulingConfiguration item) {
    return new SchedulingNested(item);
  }

  public SchedulingNested editScheduling() {
    return new SchedulingNested(scheduling);
  }

  public SchedulingNested editOrNewScheduling() {
    return new SchedulingNested(scheduling != null ? scheduling : new V1JobSchedulingConfiguration());
  }

  public SchedulingNested editOrNewSchedulingLike(V1JobSchedulingConfiguration item) {
    return new SchedulingNested(scheduling != null ? scheduling : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingNested extends V1JobSchedulingConfigurationFluent<SchedulingNested> {
    SchedulingNested(V1JobSchedulingConfiguration item) {
      super(item);
    }

    public A and() {
      return V1JobSpecFluent.this.withScheduling(toModel());
    }

    public A endScheduling() {
      return and();
    }
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
      return V1JobSpecFluent.this.withSelector(toModel());
    }

    public A endSelector() {
      return and();
    }
  }

  public V1SuccessPolicy getSuccessPolicy() {
    return successPolicy;
  }

  public A withSuccessPolicy(V1SuccessPolicy successPolicy) {
    this.successPolicy = successPolicy;
    return self();
  }

  public boolean hasSuccessPolicy() {
    return successPolicy != null;
  }

  public V1SuccessPolicy buildSuccessPolicy() {
    return successPolicy;
  }

  public SuccessPolicyNested withNewSuccessPolicy() {
    return new SuccessPolicyNested(null);
  }

  public SuccessPolicyNested withNewSuccessPolicyLike(V1SuccessPolicy item) {
    return new SuccessPolicyNested(item);
  }

  public SuccessPolicyNested editSuccessPolicy() {
    return new SuccessPolicyNested(successPolicy);
  }

  public SuccessPolicyNested editOrNewSuccessPolicy() {
    return new SuccessPolicyNested(successPolicy != null ? successPolicy : new V1SuccessPolicy());
  }

  public SuccessPolicyNested editOrNewSuccessPolicyLike(V1SuccessPolicy item) {
    return new SuccessPolicyNested(successPolicy != null ? successPolicy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SuccessPolicyNested extends V1SuccessPolicyFluent<SuccessPolicyNested> {
    SuccessPolicyNested(V1SuccessPolicy item) {
      super(item);
    }

    public A and() {
      return V1JobSpecFluent.this.withSuccessPolicy(toModel());
    }

    public A endSuccessPolicy() {
      return and();
    }
  }

  public Boolean getSuspend() {
    return suspend;
  }

  public A withSuspend(Boolean suspend) {
    this.suspend = suspend;
    return self();
  }

  public boolean hasSuspend() {
    return suspend != null;
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
      return V1JobSpecFluent.this.withTemplate(toModel());
    }

    public A endTemplate() {
      return and();
    }
  }

  public Integer getTtlSecondsAfterFinished() {
    return ttlSecondsAfterFinished;
  }

  public A withTtlSecondsAfterFinished(Integer ttlSecondsAfterFinished) {
    this.ttlSecondsAfterFinished = ttlSecondsAfterFinished;
    return self();
  }

  public boolean hasTtlSecondsAfterFinished() {
    return ttlSecondsAfterFinished != null;
  }
}
