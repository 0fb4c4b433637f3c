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
 * CronJobSpec describes how the job execution will look like and when it will actually run.
 */
public class V1CronJobSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "concurrencyPolicy",
      "failedJobsHistoryLimit",
      "jobTemplate",
      "schedule",
      "startingDeadlineSeconds",
      "successfulJobsHistoryLimit",
      "suspend",
      "timeZone");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CronJobSpec> CODEC = new Codec<V1CronJobSpec>() {
    @Override
    public V1CronJobSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CronJobSpec)");
      }
      V1CronJobSpec o = new V1CronJobSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.concurrencyPolicy = Codecs.STRING.read(p);
            break;
          case 1:
            o.failedJobsHistoryLimit = Codecs.INT32.read(p);
            break;
          case 2:
            o.jobTemplate = V1JobTemplateSpec.CODEC.read(p);
            break;
          case 3:
            o.schedule = Codecs.STRING.read(p);
            break;
          case 4:
            o.startingDeadlineSeconds = Codecs.INT64.read(p);
            break;
          case 5:
            o.successfulJobsHistoryLimit = Codecs.INT32.read(p);
            break;
          case 6:
            o.suspend = Codecs.BOOLEAN.read(p);
            break;
          case 7:
            o.timeZone = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CronJobSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.concurrencyPolicy != null) {
        g.writeFieldName("concurrencyPolicy");
        Codecs.STRING.write(g, o.concurrencyPolicy);
      }
      if (o.failedJobsHistoryLimit != null) {
        g.writeFieldName("failedJobsHistoryLimit");
        Codecs.INT32.write(g, o.failedJobsHistoryLimit);
      }
      if (o.jobTemplate != null) {
        g.writeFieldName("jobTemplate");
        V1JobTemplateSpec.CODEC.write(g, o.jobTemplate);
      }
      if (o.schedule != null) {
        g.writeFieldName("schedule");
        Codecs.STRING.write(g, o.schedule);
      }
      if (o.startingDeadlineSeconds != null) {
        g.writeFieldName("startingDeadlineSeconds");
        Codecs.INT64.write(g, o.startingDeadlineSeconds);
      }
      if (o.successfulJobsHistoryLimit != null) {
        g.writeFieldName("successfulJobsHistoryLimit");
        Codecs.INT32.write(g, o.successfulJobsHistoryLimit);
      }
      if (o.suspend != null) {
        g.writeFieldName("suspend");
        Codecs.BOOLEAN.write(g, o.suspend);
      }
      if (o.timeZone != null) {
        g.writeFieldName("timeZone");
        Codecs.STRING.write(g, o.timeZone);
      }
      g.writeEndObject();
    }
  };

  private String concurrencyPolicy;

  private Integer failedJobsHistoryLimit;

  private V1JobTemplateSpec jobTemplate;

  private String schedule;

  private Long startingDeadlineSeconds;

  private Integer successfulJobsHistoryLimit;

  private Boolean suspend;

  private String timeZone;

  public V1CronJobSpec concurrencyPolicy(String concurrencyPolicy) {
    this.concurrencyPolicy = concurrencyPolicy;
    return this;
  }

  /**
   * Specifies how to treat concurrent executions of a Job. Valid values are:
   *
   * - "Allow" (default): allows CronJobs to run concurrently; - "Forbid": forbids concurrent
   * runs, skipping next run if previous run hasn't finished yet; - "Replace": cancels currently
   * running job and replaces it with a new one
   *
   * @return concurrencyPolicy
   */
  public String getConcurrencyPolicy() {
    return concurrencyPolicy;
  }

  public void setConcurrencyPolicy(String concurrencyPolicy) {
    this.concurrencyPolicy = concurrencyPolicy;
  }

  public V1CronJobSpec failedJobsHistoryLimit(Integer failedJobsHistoryLimit) {
    this.failedJobsHistoryLimit = failedJobsHistoryLimit;
    return this;
  }

  /**
   * The number of failed finished jobs to retain. Value must be non-negative integer. Defaults
   * to 1.
   *
   * @return failedJobsHistoryLimit
   */
  public Integer getFailedJobsHistoryLimit() {
    return failedJobsHistoryLimit;
  }

  public void setFailedJobsHistoryLimit(Integer failedJobsHistoryLimit) {
    this.failedJobsHistoryLimit = failedJobsHistoryLimit;
  }

  public V1CronJobSpec jobTemplate(V1JobTemplateSpec jobTemplate) {
    this.jobTemplate = jobTemplate;
    return this;
  }

  /**
   * Specifies the job that will be created when executing a CronJob.
   *
   * @return jobTemplate
   */
  public V1JobTemplateSpec getJobTemplate() {
    return jobTemplate;
  }

  public void setJobTemplate(V1JobTemplateSpec jobTemplate) {
    this.jobTemplate = jobTemplate;
  }

  public V1CronJobSpec schedule(String schedule) {
    this.schedule = schedule;
    return this;
  }

  /**
   * The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.
   *
   * @return schedule
   */
  public String getSchedule() {
    return schedule;
  }

  public void setSchedule(String schedule) {
    this.schedule = schedule;
  }

  public V1CronJobSpec startingDeadlineSeconds(Long startingDeadlineSeconds) {
    this.startingDeadlineSeconds = startingDeadlineSeconds;
    return this;
  }

  /**
   * Optional deadline in seconds for starting the job if it misses scheduled time for any
   * reason.  Missed jobs executions will be counted as failed ones.
   *
   * @return startingDeadlineSeconds
   */
  public Long getStartingDeadlineSeconds() {
    return startingDeadlineSeconds;
  }

  public void setStartingDeadlineSeconds(Long startingDeadlineSeconds) {
    this.startingDeadlineSeconds = startingDeadlineSeconds;
  }

  public V1CronJobSpec successfulJobsHistoryLimit(Integer successfulJobsHistoryLimit) {
    this.successfulJobsHistoryLimit = successfulJobsHistoryLimit;
    return this;
  }

  /**
   * The number of successful finished jobs to retain. Value must be non-negative integer.
   * Defaults to 3.
   *
   * @return successfulJobsHistoryLimit
   */
  public Integer getSuccessfulJobsHistoryLimit() {
    return successfulJobsHistoryLimit;
  }

  public void setSuccessfulJobsHistoryLimit(Integer successfulJobsHistoryLimit) {
    this.successfulJobsHistoryLimit = successfulJobsHistoryLimit;
  }

  public V1CronJobSpec suspend(Boolean suspend) {
    this.suspend = suspend;
    return this;
  }

  /**
   * This flag tells the controller to suspend subsequent executions, it does not apply to
   * already started executions.  Defaults to false.
   *
   * @return suspend
   */
  public Boolean getSuspend() {
    return suspend;
  }

  public void setSuspend(Boolean suspend) {
    this.suspend = suspend;
  }

  public V1CronJobSpec timeZone(String timeZone) {
    this.timeZone = timeZone;
    return this;
  }

  /**
   * The time zone name for the given schedule, see
   * https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will
   * default to the time zone of the kube-controller-manager process. The set of valid time zone
   * names and the time zone offset is loaded from the system-wide time zone database by the API
   * server during CronJob validation and the controller manager during execution. If no
   * system-wide time zone database can be found a bundled version of the database is used
   * instead. If the time zone name becomes invalid during the lifetime of a CronJob or due to a
   * change in host configuration, the controller will stop creating new new Jobs and will create
   * a system event with the reason UnknownTimeZone. More information can be found in
   * https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#time-zones
   *
   * @return timeZone
   */
  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CronJobSpec that = (V1CronJobSpec) other;
    return Objects.equals(concurrencyPolicy, that.concurrencyPolicy)
        && Objects.equals(failedJobsHistoryLimit, that.failedJobsHistoryLimit)
        && Objects.equals(jobTemplate, that.jobTemplate)
        && Objects.equals(schedule, that.schedule)
        && Objects.equals(startingDeadlineSeconds, that.startingDeadlineSeconds)
        && Objects.equals(successfulJobsHistoryLimit, that.successfulJobsHistoryLimit)
        && Objects.equals(suspend, that.suspend)
        && Objects.equals(timeZone, that.timeZone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(concurrencyPolicy, failedJobsHistoryLimit, jobTemplate, schedule, startingDeadlineSeconds, successfulJobsHistoryLimit, suspend, timeZone);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CronJobSpec {\n");
    sb.append("    concurrencyPolicy: ").append(concurrencyPolicy).append('\n');
    sb.append("    failedJobsHistoryLimit: ").append(failedJobsHistoryLimit).append('\n');
    sb.append("    jobTemplate: ").append(String.valueOf(jobTemplate).replace("\n", "\n    ")).append('\n');
    sb.append("    schedule: ").append(schedule).append('\n');
    sb.append("    startingDeadlineSeconds: ").append(startingDeadlineSeconds).append('\n');
    sb.append("    successfulJobsHistoryLimit: ").append(successfulJobsHistoryLimit).append('\n');
    sb.append("    suspend: ").append(suspend).append('\n');
    sb.append("    timeZone: ").append(timeZone).append('\n');
    return sb.append("}").toString();
  }
}
