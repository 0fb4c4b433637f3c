package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * PodGroupSpec defines the desired state of a PodGroup.
 */
public class V1alpha3PodGroupSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "disruptionMode",
      "parentCompositePodGroupName",
      "preemptionPolicy",
      "priority",
      "priorityClassName",
      "resourceClaims",
      "schedulingConstraints",
      "schedulingPolicy",
      "workloadRef");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3PodGroupSpec> CODEC = new Codec<V1alpha3PodGroupSpec>() {
    @Override
    public V1alpha3PodGroupSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3PodGroupSpec)");
      }
      V1alpha3PodGroupSpec o = new V1alpha3PodGroupSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.disruptionMode = V1alpha3DisruptionMode.CODEC.read(p);
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
            o.resourceClaims = Codecs.listOf(V1alpha3PodGroupResourceClaim.CODEC).read(p);
            break;
          case 6:
            o.schedulingConstraints = V1alpha3PodGroupSchedulingConstraints.CODEC.read(p);
            break;
          case 7:
            o.schedulingPolicy = V1alpha3PodGroupSchedulingPolicy.CODEC.read(p);
            break;
          case 8:
            o.workloadRef = V1alpha3WorkloadReference.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3PodGroupSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.disruptionMode != null) {
        g.writeFieldName("disruptionMode");
        V1alpha3DisruptionMode.CODEC.write(g, o.disruptionMode);
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
      if (o.resourceClaims != null) {
        g.writeFieldName("resourceClaims");
        Codecs.listOf(V1alpha3PodGroupResourceClaim.CODEC).write(g, o.resourceClaims);
      }
      if (o.schedulingConstraints != null) {
        g.writeFieldName("schedulingConstraints");
        V1alpha3PodGroupSchedulingConstraints.CODEC.write(g, o.schedulingConstraints);
      }
      if (o.schedulingPolicy != null) {
        g.writeFieldName("schedulingPolicy");
        V1alpha3PodGroupSchedulingPolicy.CODEC.write(g, o.schedulingPolicy);
      }
      if (o.workloadRef != null) {
        g.writeFieldName("workloadRef");
        V1alpha3WorkloadReference.CODEC.write(g, o.workloadRef);
      }
      g.writeEndObject();
    }
  };

  private V1alpha3DisruptionMode disruptionMode;

  private String parentCompositePodGroupName;

  private String preemptionPolicy;

  private Integer priority;

  private String priorityClassName;

  private List<V1alpha3PodGroupResourceClaim> resourceClaims;

  private V1alpha3PodGroupSchedulingConstraints schedulingConstraints;

  private V1alpha3PodGroupSchedulingPolicy schedulingPolicy;

  private V1alpha3WorkloadReference workloadRef;

  public V1alpha3PodGroupSpec disruptionMode(V1alpha3DisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
    return this;
  }

  /**
   * disruptionMode defines the mode in which a given PodGroup can be disrupted. Controllers are
   * expected to fill this field by copying it from a PodGroupTemplate. One of Single, All.
   * Defaults to Single if unset. This field is immutable.
   *
   * @return disruptionMode
   */
  public V1alpha3DisruptionMode getDisruptionMode() {
    return disruptionMode;
  }

  public void setDisruptionMode(V1alpha3DisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
  }

  public V1alpha3PodGroupSpec parentCompositePodGroupName(String parentCompositePodGroupName) {
    this.parentCompositePodGroupName = parentCompositePodGroupName;
    return this;
  }

  /**
   * parentCompositePodGroupName contains the name of the parent composite pod group within the
   * same namespace as this pod group. If it's nil, then this pod group is a root of a workload's
   * hierarchy. This field is used only when the CompositePodGroup feature gate is enabled. This
   * field is immutable.
   *
   * @return parentCompositePodGroupName
   */
  public String getParentCompositePodGroupName() {
    return parentCompositePodGroupName;
  }

  public void setParentCompositePodGroupName(String parentCompositePodGroupName) {
    this.parentCompositePodGroupName = parentCompositePodGroupName;
  }

  public V1alpha3PodGroupSpec preemptionPolicy(String preemptionPolicy) {
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

  public V1alpha3PodGroupSpec priority(Integer priority) {
    this.priority = priority;
    return this;
  }

  /**
   * priority is the value of priority of this pod group. Various system components use this
   * field to find the priority of the pod group. When Priority Admission Controller is enabled,
   * it prevents users from setting this field. The admission controller populates this field
   * from PriorityClassName. The higher the value, the higher the priority. This field is
   * immutable.
   *
   * @return priority
   */
  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public V1alpha3PodGroupSpec priorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
    return this;
  }

  /**
   * priorityClassName defines the priority that should be considered when scheduling this pod
   * group. Controllers are expected to fill this field by copying it from a PodGroupTemplate.
   * Otherwise, it is validated and resolved similarly to the PriorityClassName on
   * PodGroupTemplate (i.e. if no priority class is specified, admission control can set this to
   * the global default priority class if it exists. Otherwise, the pod group's priority will be
   * zero). This field is immutable.
   *
   * @return priorityClassName
   */
  public String getPriorityClassName() {
    return priorityClassName;
  }

  public void setPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
  }

  public V1alpha3PodGroupSpec resourceClaims(List<V1alpha3PodGroupResourceClaim> resourceClaims) {
    this.resourceClaims = resourceClaims;
    return this;
  }

  public V1alpha3PodGroupSpec addResourceClaimsItem(V1alpha3PodGroupResourceClaim item) {
    if (this.resourceClaims == null) {
      this.resourceClaims = new ArrayList<>();
    }
    this.resourceClaims.add(item);
    return this;
  }

  /**
   * resourceClaims defines which ResourceClaims may be shared among Pods in the group. Pods
   * consume the devices allocated to a PodGroup's claim by defining a claim in its own
   * Spec.ResourceClaims that matches the PodGroup's claim exactly. The claim must have the same
   * name and refer to the same ResourceClaim or ResourceClaimTemplate.
   *
   * This is a beta-level field and requires that the DRAWorkloadResourceClaims feature gate is
   * enabled.
   *
   * This field is immutable.
   *
   * @return resourceClaims
   */
  public List<V1alpha3PodGroupResourceClaim> getResourceClaims() {
    return resourceClaims;
  }

  public void setResourceClaims(List<V1alpha3PodGroupResourceClaim> resourceClaims) {
    this.resourceClaims = resourceClaims;
  }

  public V1alpha3PodGroupSpec schedulingConstraints(V1alpha3PodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
    return this;
  }

  /**
   * schedulingConstraints defines optional scheduling constraints (e.g. topology) for this
   * PodGroup. Controllers are expected to fill this field by copying it from a PodGroupTemplate.
   * This field is immutable. This field is only available when the
   * TopologyAwareWorkloadScheduling feature gate is enabled.
   *
   * @return schedulingConstraints
   */
  public V1alpha3PodGroupSchedulingConstraints getSchedulingConstraints() {
    return schedulingConstraints;
  }

  public void setSchedulingConstraints(V1alpha3PodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
  }

  public V1alpha3PodGroupSpec schedulingPolicy(V1alpha3PodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
    return this;
  }

  /**
   * schedulingPolicy defines the scheduling policy for this instance of the PodGroup.
   * Controllers are expected to fill this field by copying it from a PodGroupTemplate.
   *
   * @return schedulingPolicy
   */
  public V1alpha3PodGroupSchedulingPolicy getSchedulingPolicy() {
    return schedulingPolicy;
  }

  public void setSchedulingPolicy(V1alpha3PodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
  }

  public V1alpha3PodGroupSpec workloadRef(V1alpha3WorkloadReference workloadRef) {
    this.workloadRef = workloadRef;
    return this;
  }

  /**
   * workloadRef references an optional PodGroup template within the Workload object that was
   * used to create the PodGroup. This field is immutable.
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
    V1alpha3PodGroupSpec that = (V1alpha3PodGroupSpec) other;
    return Objects.equals(disruptionMode, that.disruptionMode)
        && Objects.equals(parentCompositePodGroupName, that.parentCompositePodGroupName)
        && Objects.equals(preemptionPolicy, that.preemptionPolicy)
        && Objects.equals(priority, that.priority)
        && Objects.equals(priorityClassName, that.priorityClassName)
        && Objects.equals(resourceClaims, that.resourceClaims)
        && Objects.equals(schedulingConstraints, that.schedulingConstraints)
        && Objects.equals(schedulingPolicy, that.schedulingPolicy)
        && Objects.equals(workloadRef, that.workloadRef);
  }

  @Override
  public int hashCode() {
    return Objects.hash(disruptionMode, parentCompositePodGroupName, preemptionPolicy, priority, priorityClassName, resourceClaims, schedulingConstraints, schedulingPolicy, workloadRef);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3PodGroupSpec {\n");
    sb.append("    disruptionMode: ").append(String.valueOf(disruptionMode).replace("\n", "\n    ")).append('\n');
    sb.append("    parentCompositePodGroupName: ").append(parentCompositePodGroupName).append('\n');
    sb.append("    preemptionPolicy: ").append(preemptionPolicy).append('\n');
    sb.append("    priority: ").append(priority).append('\n');
    sb.append("    priorityClassName: ").append(priorityClassName).append('\n');
    sb.append("    resourceClaims: ").append(String.valueOf(resourceClaims).replace("\n", "\n    ")).append('\n');
    sb.append("    schedulingConstraints: ").append(String.valueOf(schedulingConstraints).replace("\n", "\n    ")).append('\n');
    sb.append("    schedulingPolicy: ").append(String.valueOf(schedulingPolicy).replace("\n", "\n    ")).append('\n');
    sb.append("    workloadRef: ").append(String.valueOf(workloadRef).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
