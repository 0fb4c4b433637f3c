package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1CronJobSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CronJobSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CronJobSpecFluent<A extends V1CronJobSpecFluent<A>> {
  private String concurrencyPolicy;
  private Integer failedJobsHistoryLimit;
  private V1JobTemplateSpec jobTemplate;
  private String schedule;
  private Long startingDeadlineSeconds;
  private Integer successfulJobsHistoryLimit;
  private Boolean suspend;
  private String timeZone;

  public V1CronJobSpecFluent() {}

  public V1CronJobSpecFluent(V1CronJobSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CronJobSpec instance) {
    if (instance != null) {
      this.concurrencyPolicy = instance.getConcurrencyPolicy();
      this.failedJobsHistoryLimit = instance.getFailedJobsHistoryLimit();
      this.jobTemplate = instance.getJobTemplate();
      this.schedule = instance.getSchedule();
      this.startingDeadlineSeconds = instance.getStartingDeadlineSeconds();
      this.successfulJobsHistoryLimit = instance.getSuccessfulJobsHistoryLimit();
      this.suspend = instance.getSuspend();
      this.timeZone = instance.getTimeZone();
    }
  }

  /** A new {@link V1CronJobSpec} holding what was set (lists and maps copied). */
  V1CronJobSpec toModel() {
    V1CronJobSpec o = new V1CronJobSpec();
    o.setConcurrencyPolicy(concurrencyPolicy);
    o.setFailedJobsHistoryLimit(failedJobsHistoryLimit);
    o.setJobTemplate(jobTemplate);
    o.setSchedule(schedule);
    o.setStartingDeadlineSeconds(startingDeadlineSeconds);
    o.setSuccessfulJobsHistoryLimit(successfulJobsHistoryLimit);
    o.setSuspend(suspend);
    o.setTimeZone(timeZone);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getConcurrencyPolicy() {
    return concurrencyPolicy;
  }

  public A withConcurrencyPolicy(String concurrencyPolicy) {
    this.concurrencyPolicy = concurrencyPolicy;
    return self();
  }

  public boolean hasConcurrencyPolicy() {
    return concurrencyPolicy != null;
  }

  public Integer getFailedJobsHistoryLimit() {
    return failedJobsHistoryLimit;
  }

  public A withFailedJobsHistoryLimit(Integer failedJobsHistoryLimit) {
    this.failedJobsHistoryLimit = failedJobsHistoryLimit;
    return self();
  }

  public boolean hasFailedJobsHistoryLimit() {
    return failedJobsHistoryLimit != null;
  }

  public V1JobTemplateSpec getJobTemplate() {
    return jobTemplate;
  }

  public A withJobTemplate(V1JobTemplateSpec jobTemplate) {
    this.jobTemplate = jobTemplate;
    return self();
  }

  public boolean hasJobTemplate() {
    return jobTemplate != null;
  }

  public V1JobTemplateSpec buildJobTemplate() {
    return jobTemplate;
  }

  public JobTemplateNested withNewJobTemplate() {
    return new JobTemplateNested(null);
  }

  public JobTemplateNested withNewJobTemplateLike(V1JobTemplateSpec item) {
    return new JobTemplateNested(item);
  }

  public JobTemplateNested editJobTemplate() {
    return new JobTemplateNested(jobTemplate);
  }

  public JobTemplateNested editOrNewJobTemplate() {
    return new JobTemplateNested(jobTemplate != null ? jobTemplate : new V1JobTemplateSpec());
  }

  public JobTemplateNested editOrNewJobTemplateLike(V1JobTemplateSpec item) {
    return new JobTemplateNested(jobTemplate != null ? jobTemplate : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class JobTemplateNested extends V1JobTemplateSpecFluent<JobTemplateNested> {
    JobTemplateNested(V1JobTemplateSpec item) {
      super(item);
    }

    public A and() {
      return V1CronJobSpecFluent.this.withJobTemplate(toModel());
    }

    public A endJobTemplate() {
      return and();
    }
  }

  public String getSchedule() {
    return schedule;
  }

  public A withSchedule(String schedule) {
    this.schedule = schedule;
    return self();
  }

  public boolean hasSchedule() {
    return schedule != null;
  }

  public Long getStartingDeadlineSeconds() {
    return startingDeadlineSeconds;
  }

  public A withStartingDeadlineSeconds(Long startingDeadlineSeconds) {
    this.startingDeadlineSeconds = startingDeadlineSeconds;
    return self();
  }

  public boolean hasStartingDeadlineSeconds() {
    return startingDeadlineSeconds != null;
  }

  public Integer getSuccessfulJobsHistoryLimit() {
    return successfulJobsHistoryLimit;
  }

  public A withSuccessfulJobsHistoryLimit(Integer successfulJobsHistoryLimit) {
    this.successfulJobsHistoryLimit = successfulJobsHistoryLimit;
    return self();
  }

  public boolean hasSuccessfulJobsHistoryLimit() {
    return successfulJobsHistoryLimit != null;
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

  public String getTimeZone() {
    return timeZone;
  }

  public A withTimeZone(String timeZone) {
    this.timeZone = timeZone;
    return self();
  }

  public boolean hasTimeZone() {
    return timeZone != null;
  }
}
