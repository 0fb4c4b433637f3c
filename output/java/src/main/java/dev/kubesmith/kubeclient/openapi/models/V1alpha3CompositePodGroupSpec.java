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
 * CompositePodGroupSpec defines the desired state of CompositePodGroup.
 */
public class V1alpha3CompositePodGroupSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "disruptionMode",
      "parentCompositePodGroupName",
      "preemptionPolicy",
      "priority",
      "priorityClassName",
      "schedulingConstraints",
      "schedulingPolicy",
      "workloadRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3CompositePodGroupSpec> CODEC = new Codec<V1alpha3CompositePodGroupSpec>() {
    @Override
    public V1alpha3CompositePodGroupSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3CompositePodGroupSpec)");
      }
      V1alpha3CompositePodGroupSpec o = new V1alpha3CompositePodGroupSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.disruptionMode = V1alpha3CompositeDisruptionMode.CODEC.read(p);
            break;
          case 1:
            o.parentCompositePodGroupName = Codecs.STRING.read(p);
            break;
          case 2:
            o.preemptionPolicy = Codecs.STRING.read(p);
            break;
          case 3:
            o.priority = Codecs.INT32.read(p);
            break;
          case 4:
            o.priorityClassName = Codecs.STRING.read(p);
            break;
          case 5:
            o.schedulingConstraints = V1alpha3CompositePodGroupSchedulingConstraints.CODEC.read(p);
            break;
          case 6:
            o.schedulingPolicy = V1alpha3CompositePodGroupSchedulingPolicy.CODEC.read(p);
            break;
          case 7:
            o.workloadRef = V1alpha3WorkloadReference.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3CompositePodGroupSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.disruptionMode != null) {
        g.writeFieldName("disruptionMode");
        V1alpha3CompositeDisruptionMode.CODEC.write(g, o.disruptionMode);
      }
      if (o.parentCompositePodGroupName != null) {
        g.writeFieldName("parentCompositePodGroupName");
        Codecs.STRING.write(g, o.parentCompositePodGroupName);
      }
      if (o.preemptionPolicy != null) {
        g.writeFieldName("preemptionPolicy");
        Codecs.STRING.write(g, o.preemptionPolicy);
      }
      if (o.priority != null) {
        g.writeFieldName("priority");
        Codecs.INT32.write(g, o.priority);
      }
      if (o.priorityClassName != null) {
        g.writeFieldName("priorityClassName");
        Codecs.STRING.write(g, o.priorityClassName);
      }
      if (o.schedulingConstraints != null) {
        g.writeFieldName("schedulingConstraints");
        V1alpha3CompositePodGroupSchedulingConstraints.CODEC.write(g, o.schedulingConstraints);
      }
      if (o.schedulingPolicy != null) {
        g.writeFieldName("schedulingPolicy");
        V1alpha3CompositePodGroupSchedulingPolicy.CODEC.write(g, o.schedulingPolicy);
      }
      if (o.workloadRef != null) {
        g.writeFieldName("workloadRef");
        V1alpha3WorkloadReference.CODEC.write(g, o.workloadRef);
      }
      g.writeEndObject();
    }
  };

  private V1alpha3CompositeDisruptionMode disruptionMode;

  private String parentCompositePodGroupName;

  private String preemptionPolicy;

  private Integer priority;

  private String priorityClassName;

  private V1alpha3CompositePodGroupSchedulingConstraints schedulingConstraints;

  private V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy;

  private V1alpha3WorkloadReference workloadRef;

  public V1alpha3CompositePodGroupSpec disruptionMode(V1alpha3CompositeDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
    return this;
  }

  /**
   * disruptionMode defines the mode in which a given CompositePodGroup can be disrupted.
   * Controllers are expected to fill this field by copying it from a CompositePodGroupTemplate.
   * One of Single, All. Defaults to Single if unset. This field is immutable.
   *
   * @return disruptionMode
   */
  public V1alpha3CompositeDisruptionMode getDisruptionMode() {
    return disruptionMode;
  }

  public void setDisruptionMode(V1alpha3CompositeDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
  }

  public V1alpha3CompositePodGroupSpec parentCompositePodGroupName(String parentCompositePodGroupName) {
    this.parentCompositePodGroupName = parentCompositePodGroupName;
    return this;
  }

  /**
   * parentCompositePodGroupName contains the name of the parent composite pod group within the
   * same namespace as this composite pod group. It must be a DNS name. If it's nil, then this
   * composite pod group is a root of a workload's hierarchy. This field is immutable.
   *
   * @return parentCompositePodGroupName
   */
  public String getParentCompositePodGroupName() {
    return parentCompositePodGroupName;
  }

  public void setParentCompositePodGroupName(String parentCompositePodGroupName) {
    this.parentCompositePodGroupName = parentCompositePodGroupName;
  }

  public V1alpha3CompositePodGroupSpec preemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
    return this;
  }

  /**
   * preemptionPolicy is the Policy for preempting pods/podgroups with lower priority. One of
   * Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset. When Priority
   * Admission Controller is enabled, it populates this field from PriorityClassName, and
   * defaults to PreemptLowerPriority if value is unset in PriorityClass. This field is
   * immutable. This field is available only when the PodGroupPreemptionPolicy feature gate is
   * enabled.
   *
   * @return preemptionPolicy
   */
  public String getPreemptionPolicy() {
    return preemptionPolicy;
  }

  public void setPreemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
  }

  public V1alpha3CompositePodGroupSpec priority(Integer priority) {
    this.priority = priority;
    return this;
  }

  /**
   * priority is the value of priority of this composite pod group. Various system components use
   * this field to find the priority of the composite pod group. When Priority Admission
   * Controller is enabled, it prevents users from setting this field. The admission controller
   * populates this field from PriorityClassName. The higher the value, the higher the priority.
   * This field is immutable.
   *
   * @return priority
   */
  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public V1alpha3CompositePodGroupSpec priorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
    return this;
  }

  /**
   * priorityClassName defines the priority that should be considered when scheduling this
   * CompositePodGroup. Controllers are expected to fill this field by copying it from a
   * CompositePodGroupTemplate. If left unspecified, it is validated and resolved similarly to
   * the PriorityClassName field in Pods (i.e. if no priority class is specified, admission
   * control can set this to the global default priority class if it exists. Otherwise, the
   * composite pod group's priority will be zero). This field is immutable.
   *
   * @return priorityClassName
   */
  public String getPriorityClassName() {
    return priorityClassName;
  }

  public void setPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
  }

  public V1alpha3CompositePodGroupSpec schedulingConstraints(V1alpha3CompositePodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
    return this;
  }

  /**
   * schedulingConstraints defines optional scheduling constraints (e.g. topology) for this
   * CompositePodGroup. Controllers are expected to fill this field by copying it from a
   * CompositePodGroupTemplate. This field is immutable.
   *
   * @return schedulingConstraints
   */
  public V1alpha3CompositePodGroupSchedulingConstraints getSchedulingConstraints() {
    return schedulingConstraints;
  }

  public void setSchedulingConstraints(V1alpha3CompositePodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
  }

  public V1alpha3CompositePodGroupSpec schedulingPolicy(V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
    return this;
  }

  /**
   * schedulingPolicy defines the scheduling policy for this instance of the CompositePodGroup.
   * Controllers are expected to fill this field by copying it from a CompositePodGroupTemplate.
   * This field is immutable.
   *
   * @return schedulingPolicy
   */
  public V1alpha3CompositePodGroupSchedulingPolicy getSchedulingPolicy() {
    return schedulingPolicy;
  }

  public void setSchedulingPolicy(V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
  }

  public V1alpha3CompositePodGroupSpec workloadRef(V1alpha3WorkloadReference workloadRef) {
    this.workloadRef = workloadRef;
    return this;
  }

  /**
   * workloadRef references an optional CompositePodGroup template within the Workload object
   * that was used to create the CompositePodGroup. This field is required. This field is
   * immutable.
   *
   * @return workloadRef
   */
  public V1alpha3WorkloadReference getWorkloadRef() {
    return workloadRef;
  }

  public void setWorkloadRef(V1alpha3WorkloadReference workloadRef) {
    this.workloadRef = workloadRef;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha3CompositePodGroupSpec that = (V1alpha3CompositePodGroupSpec) other;
    return Objects.equals(disruptionMode, that.disruptionMode)
        && Objects.equals(parentCompositePodGroupName, that.parentCompositePodGroupName)
        && Objects.equals(preemptionPolicy, that.preemptionPolicy)
        && Objects.equals(priority, that.priority)
        && Objects.equals(priorityClassName, that.priorityClassName)
        && Objects.equals(schedulingConstraints, that.schedulingConstraints)
        && Objects.equals(schedulingPolicy, that.schedulingPolicy)
        && Objects.equals(workloadRef, that.workloadRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(disruptionMode, parentCompositePodGroupName, preemptionPolicy, priority, priorityClassName, schedulingConstraints, schedulingPolicy, workloadRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3CompositePodGroupSpec {\n");
    sb.append("    disruptionMode: ").append(String.valueOf(disruptionMode).replace("\n", "\n    ")).append('\n');
    sb.append("    parentCompositePodGroupName: ").append(parentCompositePodGroupName).append('\n');
    sb.append("    preemptionPolicy: ").append(preemptionPolicy).append('\n');
    sb.append("    priority: ").append(priority).append('\n');
    sb.append("    priorityClassName: ").append(priorityClassName).append('\n');
    sb.append("    schedulingConstraints: ").append(String.valueOf(schedulingConstraints).replace("\n", "\n    ")).append('\n');
    sb.append("    schedulingPolicy: ").append(String.valueOf(schedulingPolicy).replace("\n", "\n    ")).append('\n');
    sb.append("    workloadRef: ").append(String.valueOf(workloadRef).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
