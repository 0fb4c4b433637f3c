package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * JobSpec describes how the job execution will look like.
 */
public class V1JobSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "activeDeadlineSeconds",
      "backoffLimit",
      "backoffLimitPerIndex",
      "completionMode",
      "completions",
      "managedBy",
      "manualSelector",
      "maxFailedIndexes",
      "parallelism",
      "podFailurePolicy",
      "podReplacementPolicy",
      "scheduling",
      "selector",
      "successPolicy",
      "suspend",
      "template",
      "ttlSecondsAfterFinished");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1JobSpec> CODEC = new Codec<V1JobSpec>() {
    @Override
    public V1JobSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1JobSpec)");
      }
      V1JobSpec o = new V1JobSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.activeDeadlineSeconds = Codecs.INT64.read(p);
            break;
          case 1:
            o.backoffLimit = Codecs.INT32.read(p);
            break;
          case 2:
            o.backoffLimitPerIndex = Codecs.INT32.read(p);
            break;
          case 3:
            o.completionMode = Codecs.STRING.read(p);
            break;
          case 4:
            o.completions = Codecs.INT32.read(p);
            break;
          case 5:
            o.managedBy = Codecs.STRING.read(p);
            break;
          case 6:
            o.manualSelector = Codecs.BOOLEAN.read(p);
            break;
          case 7:
            o.maxFailedIndexes = Codecs.INT32.read(p);
            break;
          case 8:
            o.parallelism = Codecs.INT32.read(p);
            break;
          case 9:
            o.podFailurePolicy = V1PodFailurePolicy.CODEC.read(p);
            break;
          case 10:
            o.podReplacementPolicy = Codecs.STRING.read(p);
            break;
          case 11:
            o.scheduling = V1JobSchedulingConfiguration.CODEC.read(p);
            break;
          case 12:
            o.selector = V1LabelSelector.CODEC.read(p);
            break;
          case 13:
            o.successPolicy = V1SuccessPolicy.CODEC.read(p);
            break;
          case 14:
            o.suspend = Codecs.BOOLEAN.read(p);
            break;
          case 15:
            o.template = V1PodTemplateSpec.CODEC.read(p);
            break;
          case 16:
            o.ttlSecondsAfterFinished = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1JobSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.activeDeadlineSeconds != null) {
        g.writeFieldName("activeDeadlineSeconds");
        Codecs.INT64.write(g, o.activeDeadlineSeconds);
      }
      if (o.backoffLimit != null) {
        g.writeFieldName("backoffLimit");
        Codecs.INT32.write(g, o.backoffLimit);
      }
      if (o.backoffLimitPerIndex != null) {
        g.writeFieldName("backoffLimitPerIndex");
        Codecs.INT32.write(g, o.backoffLimitPerIndex);
      }
      if (o.completionMode != null) {
        g.writeFieldName("completionMode");
        Codecs.STRING.write(g, o.completionMode);
      }
      if (o.completions != null) {
        g.writeFieldName("completions");
        Codecs.INT32.write(g, o.completions);
      }
      if (o.managedBy != null) {
        g.writeFieldName("managedBy");
        Codecs.STRING.write(g, o.managedBy);
      }
      if (o.manualSelector != null) {
        g.writeFieldName("manualSelector");
        Codecs.BOOLEAN.write(g, o.manualSelector);
      }
      if (o.maxFailedIndexes != null) {
        g.writeFieldName("maxFailedIndexes");
        Codecs.INT32.write(g, o.maxFailedIndexes);
      }
      if (o.parallelism != null) {
        g.writeFieldName("parallelism");
        Codecs.INT32.write(g, o.parallelism);
      }
      if (o.podFailurePolicy != null) {
        g.writeFieldName("podFailurePolicy");
        V1PodFailurePolicy.CODEC.write(g, o.podFailurePolicy);
      }
      if (o.podReplacementPolicy != null) {
        g.writeFieldName("podReplacementPolicy");
        Codecs.STRING.write(g, o.podReplacementPolicy);
      }
      if (o.scheduling != null) {
        g.writeFieldName("scheduling");
        V1JobSchedulingConfiguration.CODEC.write(g, o.scheduling);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        V1LabelSelector.CODEC.write(g, o.selector);
      }
      if (o.successPolicy != null) {
        g.writeFieldName("successPolicy");
        V1SuccessPolicy.CODEC.write(g, o.successPolicy);
      }
      if (o.suspend != null) {
        g.writeFieldName("suspend");
        Codecs.BOOLEAN.write(g, o.suspend);
      }
      if (o.template != null) {
        g.writeFieldName("template");
        V1PodTemplateSpec.CODEC.write(g, o.template);
      }
      if (o.ttlSecondsAfterFinished != null) {
        g.writeFieldName("ttlSecondsAfterFinished");
        Codecs.INT32.write(g, o.ttlSecondsAfterFinished);
      }
      g.writeEndObject();
    }
  };

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

  public V1JobSpec activeDeadlineSeconds(Long activeDeadlineSeconds) {
    this.activeDeadlineSeconds = activeDeadlineSeconds;
    return this;
  }

  /**
   * Specifies the duration in seconds relative to the startTime that the job may be continuously
   * active before the system tries to terminate it; value must be positive integer. If a Job is
   * suspended (at creation or through an update), this timer will effectively be stopped and
   * reset when the Job is resumed again.
   *
   * @return activeDeadlineSeconds
   */
  public Long getActiveDeadlineSeconds() {
    return activeDeadlineSeconds;
  }

  public void setActiveDeadlineSeconds(Long activeDeadlineSeconds) {
    this.activeDeadlineSeconds = activeDeadlineSeconds;
  }

  public V1JobSpec backoffLimit(Integer backoffLimit) {
    this.backoffLimit = backoffLimit;
    return this;
  }

  /**
   * Specifies the number of retries before marking this job failed. Defaults to 6, unless
   * backoffLimitPerIndex (only Indexed Job) is specified. When backoffLimitPerIndex is
   * specified, backoffLimit defaults to 2147483647.
   *
   * @return backoffLimit
   */
  public Integer getBackoffLimit() {
    return backoffLimit;
  }

  public void setBackoffLimit(Integer backoffLimit) {
    this.backoffLimit = backoffLimit;
  }

  public V1JobSpec backoffLimitPerIndex(Integer backoffLimitPerIndex) {
    this.backoffLimitPerIndex = backoffLimitPerIndex;
    return this;
  }

  /**
   * Specifies the limit for the number of retries within an index before marking this index as
   * failed. When enabled the number of failures per index is kept in the pod's
   * batch.kubernetes.io/job-index-failure-count annotation. It can only be set when Job's
   * completionMode=Indexed, and the Pod's restart policy is Never. The field is immutable.
   *
   * @return backoffLimitPerIndex
   */
  public Integer getBackoffLimitPerIndex() {
    return backoffLimitPerIndex;
  }

  public void setBackoffLimitPerIndex(Integer backoffLimitPerIndex) {
    this.backoffLimitPerIndex = backoffLimitPerIndex;
  }

  public V1JobSpec completionMode(String completionMode) {
    this.completionMode = completionMode;
    return this;
  }

  /**
   * completionMode specifies how Pod completions are tracked. It can be `NonIndexed` (default)
   * or `Indexed`.
   *
   * `NonIndexed` means that the Job is considered complete when there have been
   * .spec.completions successfully completed Pods. Each Pod completion is homologous to each
   * other.
   *
   * `Indexed` means that the Pods of a Job get an associated completion index from 0 to
   * (.spec.completions - 1), available in the annotation
   * batch.kubernetes.io/job-completion-index. The Job is considered complete when there is one
   * successfully completed Pod for each index. When value is `Indexed`, .spec.completions must
   * be specified and `.spec.parallelism` must be less than or equal to 10^5. In addition, The
   * Pod name takes the form `$(job-name)-$(index)-$(random-string)`, the Pod hostname takes the
   * form `$(job-name)-$(index)`.
   *
   * More completion modes can be added in the future. If the Job controller observes a mode that
   * it doesn't recognize, which is possible during upgrades due to version skew, the controller
   * skips updates for the Job.
   *
   * @return completionMode
   */
  public String getCompletionMode() {
    return completionMode;
  }

  public void setCompletionMode(String completionMode) {
    this.completionMode = completionMode;
  }

  public V1JobSpec completions(Integer completions) {
    this.completions = completions;
    return this;
  }

  /**
   * Specifies the desired number of successfully finished pods the job should be run with.
   * Setting to null means that the success of any pod signals the success of all pods, and
   * allows parallelism to have any positive value.  Setting to 1 means that parallelism is
   * limited to 1 and the success of that pod signals the success of the job. More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
   *
   * @return completions
   */
  public Integer getCompletions() {
    return completions;
  }

  public void setCompletions(Integer completions) {
    this.completions = completions;
  }

  public V1JobSpec managedBy(String managedBy) {
    this.managedBy = managedBy;
    return this;
  }

  /**
   * ManagedBy field indicates the controller that manages a Job. The k8s Job controller
   * reconciles jobs which don't have this field at all or the field value is the reserved string
   * `kubernetes.io/job-controller`, but skips reconciling Jobs with a custom value for this
   * field. The value must be a valid domain-prefixed path (e.g. acme.io/foo) - all characters
   * before the first "/" must be a valid subdomain as defined by RFC 1123. All characters
   * trailing the first "/" must be valid HTTP Path characters as defined by RFC 3986. The value
   * cannot exceed 63 characters. This field is immutable.
   *
   * @return managedBy
   */
  public String getManagedBy() {
    return managedBy;
  }

  public void setManagedBy(String managedBy) {
    this.managedBy = managedBy;
  }

  public V1JobSpec manualSelector(Boolean manualSelector) {
    this.manualSelector = manualSelector;
    return this;
  }

  /**
   * manualSelector controls generation of pod labels and pod selectors. Leave `manualSelector`
   * unset unless you are certain what you are doing. When false or unset, the system pick labels
   * unique to this job and appends those labels to the pod template.  When true, the user is
   * responsible for picking unique labels and specifying the selector.  Failure to pick a unique
   * label may cause this and other jobs to not function correctly.  However, You may see
   * `manualSelector=true` in jobs that were created with the old `extensions/v1beta1` API. More
   * info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/#specifying-your-own-pod-selector
   *
   * @return manualSelector
   */
  public Boolean getManualSelector() {
    return manualSelector;
  }

  public void setManualSelector(Boolean manualSelector) {
    this.manualSelector = manualSelector;
  }

  public V1JobSpec maxFailedIndexes(Integer maxFailedIndexes) {
    this.maxFailedIndexes = maxFailedIndexes;
    return this;
  }

  /**
   * Specifies the maximal number of failed indexes before marking the Job as failed, when
   * backoffLimitPerIndex is set. Once the number of failed indexes exceeds this number the
   * entire Job is marked as Failed and its execution is terminated. When left as null the job
   * continues execution of all of its indexes and is marked with the `Complete` Job condition.
   * It can only be specified when backoffLimitPerIndex is set. It can be null or up to
   * completions. It is required and must be less than or equal to 10^4 when is completions
   * greater than 10^5.
   *
   * @return maxFailedIndexes
   */
  public Integer getMaxFailedIndexes() {
    return maxFailedIndexes;
  }

  public void setMaxFailedIndexes(Integer maxFailedIndexes) {
    this.maxFailedIndexes = maxFailedIndexes;
  }

  public V1JobSpec parallelism(Integer parallelism) {
    this.parallelism = parallelism;
    return this;
  }

  /**
   * Specifies the maximum desired number of pods the job should run at any given time. The
   * actual number of pods running in steady state will be less than this number when
   * ((.spec.completions - .status.successful) &lt; .spec.parallelism), i.e. when the work left
   * to do is less than max parallelism. More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
   *
   * @return parallelism
   */
  public Integer getParallelism() {
    return parallelism;
  }

  public void setParallelism(Integer parallelism) {
    this.parallelism = parallelism;
  }

  public V1JobSpec podFailurePolicy(V1PodFailurePolicy podFailurePolicy) {
    this.podFailurePolicy = podFailurePolicy;
    return this;
  }

  /**
   * Specifies the policy of handling failed pods. In particular, it allows to specify the set of
   * actions and conditions which need to be satisfied to take the associated action. If empty,
   * the default behaviour applies - the counter of failed pods, represented by the jobs's
   * .status.failed field, is incremented and it is checked against the backoffLimit. This field
   * cannot be used in combination with restartPolicy=OnFailure.
   *
   * @return podFailurePolicy
   */
  public V1PodFailurePolicy getPodFailurePolicy() {
    return podFailurePolicy;
  }

  public void setPodFailurePolicy(V1PodFailurePolicy podFailurePolicy) {
    this.podFailurePolicy = podFailurePolicy;
  }

  public V1JobSpec podReplacementPolicy(String podReplacementPolicy) {
    this.podReplacementPolicy = podReplacementPolicy;
    return this;
  }

  /**
   * podReplacementPolicy specifies when to create replacement Pods. Possible values are: -
   * TerminatingOrFailed means that we recreate pods
   *   when they are terminating (has a metadata.deletionTimestamp) or failed.
   * - Failed means to wait until a previously created Pod is fully terminated (has phase
   *   Failed or Succeeded) before creating a replacement Pod.
   *
   * When using podFailurePolicy, Failed is the the only allowed value. TerminatingOrFailed and
   * Failed are allowed values when podFailurePolicy is not in use.
   *
   * @return podReplacementPolicy
   */
  public String getPodReplacementPolicy() {
    return podReplacementPolicy;
  }

  public void setPodReplacementPolicy(String podReplacementPolicy) {
    this.podReplacementPolicy = podReplacementPolicy;
  }

  public V1JobSpec scheduling(V1JobSchedulingConfiguration scheduling) {
    this.scheduling = scheduling;
    return this;
  }

  /**
   * scheduling defines the Workload-aware Scheduling configuration for this Job. When set, it
   * specifies the scheduling policy (basic or gang), topology constraints, disruption mode, and
   * shared resource claims. When omitted, the Job defaults to the basic scheduling policy, which
   * behaves as standard pod-by-pod scheduling. This field is alpha-level and requires the
   * WorkloadWithJob feature gate. This field is immutable, including whether it is set at all,
   * only policy.gang.minCount may be changed after creation.
   *
   * @return scheduling
   */
  public V1JobSchedulingConfiguration getScheduling() {
    return scheduling;
  }

  public void setScheduling(V1JobSchedulingConfiguration scheduling) {
    this.scheduling = scheduling;
  }

  public V1JobSpec selector(V1LabelSelector selector) {
    this.selector = selector;
    return this;
  }

  /**
   * A label query over pods that should match the pod count. Normally, the system sets this
   * field for you. More info:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
   *
   * @return selector
   */
  public V1LabelSelector getSelector() {
    return selector;
  }

  public void setSelector(V1LabelSelector selector) {
    this.selector = selector;
  }

  public V1JobSpec successPolicy(V1SuccessPolicy successPolicy) {
    this.successPolicy = successPolicy;
    return this;
  }

  /**
   * successPolicy specifies the policy when the Job can be declared as succeeded. If empty, the
   * default behavior applies - the Job is declared as succeeded only when the number of
   * succeeded pods equals to the completions. When the field is specified, it must be immutable
   * and works only for the Indexed Jobs. Once the Job meets the SuccessPolicy, the lingering
   * pods are terminated.
   *
   * @return successPolicy
   */
  public V1SuccessPolicy getSuccessPolicy() {
    return successPolicy;
  }

  public void setSuccessPolicy(V1SuccessPolicy successPolicy) {
    this.successPolicy = successPolicy;
  }

  public V1JobSpec suspend(Boolean suspend) {
    this.suspend = suspend;
    return this;
  }

  /**
   * suspend specifies whether the Job controller should create Pods or not. If a Job is created
   * with suspend set to true, no Pods are created by the Job controller. If a Job is suspended
   * after creation (i.e. the flag goes from false to true), the Job controller will delete all
   * active Pods associated with this Job. Users must design their workload to gracefully handle
   * this. Suspending a Job will reset the StartTime field of the Job, effectively resetting the
   * ActiveDeadlineSeconds timer too. Defaults to false.
   *
   * @return suspend
   */
  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public V1JobSpec template(V1PodTemplateSpec template) {
    this.template = template;
    return this;
  }

  /**
   * Describes the pod that will be created when executing a job. The only allowed
   * template.spec.restartPolicy values are "Never" or "OnFailure". More info:
   * https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/
   *
   * @return template
   */
  public V1PodTemplateSpec getTemplate() {
    return template;
  }

  public void setTemplate(V1PodTemplateSpec template) {
    this.template = template;
  }

  public V1JobSpec ttlSecondsAfterFinished(Integer ttlSecondsAfterFinished) {
    this.ttlSecondsAfterFinished = ttlSecondsAfterFinished;
    return this;
  }

  /**
   * ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either
   * Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes,
   * it is eligible to be automatically deleted. When the Job is being deleted, its lifecycle
   * guarantees (e.g. finalizers) will be honored. If this field is unset, the Job won't be
   * automatically deleted. If this field is set to zero, the Job becomes eligible to be deleted
   * immediately after it finishes.
   *
   * @return ttlSecondsAfterFinished
   */
  public Integer getTtlSecondsAfterFinished() {
    return ttlSecondsAfterFinished;
  }

  public void setTtlSecondsAfterFinished(Integer ttlSecondsAfterFinished) {
    this.ttlSecondsAfterFinished = ttlSecondsAfterFinished;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1JobSpec that = (V1JobSpec) other;
    return Objects.equals(activeDeadlineSeconds, that.activeDeadlineSeconds)
        && Objects.equals(backoffLimit, that.backoffLimit)
        && Objects.equals(backoffLimitPerIndex, that.backoffLimitPerIndex)
        && Objects.equals(completionMode, that.completionMode)
        && Objects.equals(completions, that.completions)
        && Objects.equals(managedBy, that.managedBy)
        && Objects.equals(manualSelector, that.manualSelector)
        && Objects.equals(maxFailedIndexes, that.maxFailedIndexes)
        && Objects.equals(parallelism, that.parallelism)
        && Objects.equals(podFailurePolicy, that.podFailurePolicy)
        && Objects.equals(podReplacementPolicy, that.podReplacementPolicy)
        && Objects.equals(scheduling, that.scheduling)
        && Objects.equals(selector, that.selector)
        && Objects.equals(successPolicy, that.successPolicy)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(template, that.template)
        && Objects.equals(ttlSecondsAfterFinished, that.ttlSecondsAfterFinished);
  }

  @Override
  public int hashCode() {
    return Objects.hash(activeDeadlineSeconds, backoffLimit, backoffLimitPerIndex, completionMode, completions, managedBy, manualSelector, maxFailedIndexes, parallelism, podFailurePolicy, podReplacementPolicy, scheduling, selector, successPolicy, suspend, template, ttlSecondsAfterFinished);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1JobSpec {\n");
    sb.append("    activeDeadlineSeconds: ").append(activeDeadlineSeconds).append('\n');
    sb.append("    backoffLimit: ").append(backoffLimit).append('\n');
    sb.append("    backoffLimitPerIndex: ").append(backoffLimitPerIndex).append('\n');
    sb.append("    completionMode: ").append(completionMode).append('\n');
    sb.append("    completions: ").append(completions).append('\n');
    sb.append("    managedBy: ").append(managedBy).append('\n');
    sb.append("    manualSelector: ").append(manualSelector).append('\n');
    sb.append("    maxFailedIndexes: ").append(maxFailedIndexes).append('\n');
    sb.append("    parallelism: ").append(parallelism).append('\n');
    sb.append("    podFailurePolicy: ").append(String.valueOf(podFailurePolicy).replace("\n", "\n    ")).append('\n');
    sb.append("    podReplacementPolicy: ").append(podReplacementPolicy).append('\n');
    sb.append("    scheduling: ").append(String.valueOf(scheduling).replace("\n", "\n    ")).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    successPolicy: ").append(String.valueOf(successPolicy).replace("\n", "\n    ")).append('\n');
    sb.append("    suspend: ").append(suspend).append('\n');
    sb.append("    template: ").append(String.valueOf(template).replace("\n", "\n    ")).append('\n');
    sb.append("    ttlSecondsAfterFinished: ").append(ttlSecondsAfterFinished).append('\n');
    return sb.append("}").toString();
  }
}
