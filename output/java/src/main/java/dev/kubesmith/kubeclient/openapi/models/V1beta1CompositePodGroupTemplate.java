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
 * CompositePodGroupTemplate represents a template for a CompositePodGroup with a scheduling
 * policy.
 */
public class V1beta1CompositePodGroupTemplate {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "compositePodGroupTemplates",
      "disruptionMode",
      "name",
      "podGroupTemplates",
      "preemptionPolicy",
      "priority",
      "priorityClassName",
      "schedulingConstraints",
      "schedulingPolicy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1CompositePodGroupTemplate> CODEC = new Codec<V1beta1CompositePodGroupTemplate>() {
    @Override
    public V1beta1CompositePodGroupTemplate read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1CompositePodGroupTemplate)");
      }
      V1beta1CompositePodGroupTemplate o = new V1beta1CompositePodGroupTemplate();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.compositePodGroupTemplates = Codecs.listOf(V1beta1CompositePodGroupTemplate.CODEC).read(p);
            break;
          case 1:
            o.disruptionMode = V1beta1CompositeDisruptionMode.CODEC.read(p);
            break;
          case 2:
            o.name = Codecs.STRING.read(p);
            break;
          case 3:
            o.podGroupTemplates = Codecs.listOf(V1beta1PodGroupTemplate.CODEC).read(p);
            break;
          case 4:
            o.preemptionPolicy = Codecs.STRING.read(p);
            break;
          case 5:
            o.priority = Codecs.INT32.read(p);
            break;
          case 6:
            o.priorityClassName = Codecs.STRING.read(p);
            break;
          case 7:
            o.schedulingConstraints = V1beta1CompositePodGroupSchedulingConstraints.CODEC.read(p);
            break;
          case 8:
            o.schedulingPolicy = V1beta1CompositePodGroupSchedulingPolicy.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1CompositePodGroupTemplate o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.compositePodGroupTemplates != null) {
        g.writeFieldName("compositePodGroupTemplates");
        Codecs.listOf(V1beta1CompositePodGroupTemplate.CODEC).write(g, o.compositePodGroupTemplates);
      }
      if (o.disruptionMode != null) {
        g.writeFieldName("disruptionMode");
        V1beta1CompositeDisruptionMode.CODEC.write(g, o.disruptionMode);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.podGroupTemplates != null) {
        g.writeFieldName("podGroupTemplates");
        Codecs.listOf(V1beta1PodGroupTemplate.CODEC).write(g, o.podGroupTemplates);
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
        V1beta1CompositePodGroupSchedulingConstraints.CODEC.write(g, o.schedulingConstraints);
      }
      if (o.schedulingPolicy != null) {
        g.writeFieldName("schedulingPolicy");
        V1beta1CompositePodGroupSchedulingPolicy.CODEC.write(g, o.schedulingPolicy);
      }
      g.writeEndObject();
    }
  };

  private List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates;

  private V1beta1CompositeDisruptionMode disruptionMode;

  private String name;

  private List<V1beta1PodGroupTemplate> podGroupTemplates;

  private String preemptionPolicy;

  private Integer priority;

  private String priorityClassName;

  private V1beta1CompositePodGroupSchedulingConstraints schedulingConstraints;

  private V1beta1CompositePodGroupSchedulingPolicy schedulingPolicy;

  public V1beta1CompositePodGroupTemplate compositePodGroupTemplates(List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates;
    return this;
  }

  public V1beta1CompositePodGroupTemplate addCompositePodGroupTemplatesItem(V1beta1CompositePodGroupTemplate item) {
    if (this.compositePodGroupTemplates == null) {
      this.compositePodGroupTemplates = new ArrayList<>();
    }
    this.compositePodGroupTemplates.add(item);
    return this;
  }

  /**
   * compositePodGroupTemplates is the list of templates for children CompositePodGroups. The
   * maximum number of templates is 8. At least one entry in CompositePodGroupTemplates or
   * PodGroupTemplates must be set.
   *
   * @return compositePodGroupTemplates
   */
  public List<V1beta1CompositePodGroupTemplate> getCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public void setCompositePodGroupTemplates(List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates;
  }

  public V1beta1CompositePodGroupTemplate disruptionMode(V1beta1CompositeDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
    return this;
  }

  /**
   * disruptionMode defines the mode in which a given CompositePodGroup can be disrupted. One of
   * Single, All. This field is immutable.
   *
   * @return disruptionMode
   */
  public V1beta1CompositeDisruptionMode getDisruptionMode() {
    return disruptionMode;
  }

  public void setDisruptionMode(V1beta1CompositeDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
  }

  public V1beta1CompositePodGroupTemplate name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name is a unique identifier for the CompositePodGroupTemplate within the Workload. It must
   * be a DNS label. This field is required.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1beta1CompositePodGroupTemplate podGroupTemplates(List<V1beta1PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates;
    return this;
  }

  public V1beta1CompositePodGroupTemplate addPodGroupTemplatesItem(V1beta1PodGroupTemplate item) {
    if (this.podGroupTemplates == null) {
      this.podGroupTemplates = new ArrayList<>();
    }
    this.podGroupTemplates.add(item);
    return this;
  }

  /**
   * podGroupTemplates is the list of templates for children PodGroups. The maximum number of
   * templates is 8. At least one entry in CompositePodGroupTemplates or PodGroupTemplates must
   * be set.
   *
   * @return podGroupTemplates
   */
  public List<V1beta1PodGroupTemplate> getPodGroupTemplates() {
    return podGroupTemplates;
  }

  public void setPodGroupTemplates(List<V1beta1PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates;
  }

  public V1beta1CompositePodGroupTemplate preemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
    return this;
  }

  /**
   * preemptionPolicy is the Policy for preempting pods/podgroups with lower priority. One of
   * Never, PreemptLowerPriority. This field is immutable. This field is available only when the
   * PodGroupPreemptionPolicy feature gate is enabled.
   *
   * @return preemptionPolicy
   */
  public String getPreemptionPolicy() {
    return preemptionPolicy;
  }

  public void setPreemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
  }

  public V1beta1CompositePodGroupTemplate priority(Integer priority) {
    this.priority = priority;
    return this;
  }

  /**
   * priority is the value of priority of composite pod groups created from this template.
   * Various system components use this field to find the priority of the composite pod group.
   * When Priority Admission Controller is enabled, it prevents users from setting this field.
   * The admission controller populates this field from PriorityClassName. The higher the value,
   * the higher the priority. This field is immutable.
   *
   * @return priority
   */
  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public V1beta1CompositePodGroupTemplate priorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
    return this;
  }

  /**
   * priorityClassName indicates the priority that should be considered when scheduling a
   * composite pod group created from this template. If no priority class is specified, admission
   * control can set this to the global default priority class if it exists. Otherwise, composite
   * pod groups created from this template will have the priority set to zero. This field is
   * immutable.
   *
   * @return priorityClassName
   */
  public String getPriorityClassName() {
    return priorityClassName;
  }

  public void setPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
  }

  public V1beta1CompositePodGroupTemplate schedulingConstraints(V1beta1CompositePodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
    return this;
  }

  /**
   * schedulingConstraints defines optional scheduling constraints (e.g. topology) for this
   * CompositePodGroupTemplate. This field is immutable.
   *
   * @return schedulingConstraints
   */
  public V1beta1CompositePodGroupSchedulingConstraints getSchedulingConstraints() {
    return schedulingConstraints;
  }

  public void setSchedulingConstraints(V1beta1CompositePodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
  }

  public V1beta1CompositePodGroupTemplate schedulingPolicy(V1beta1CompositePodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
    return this;
  }

  /**
   * schedulingPolicy defines the scheduling policy for this template.
   *
   * @return schedulingPolicy
   */
  public V1beta1CompositePodGroupSchedulingPolicy getSchedulingPolicy() {
    return schedulingPolicy;
  }

  public void setSchedulingPolicy(V1beta1CompositePodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1CompositePodGroupTemplate that = (V1beta1CompositePodGroupTemplate) other;
    return Objects.equals(compositePodGroupTemplates, that.compositePodGroupTemplates)
        && Objects.equals(disruptionMode, that.disruptionMode)
        && Objects.equals(name, that.name)
        && Objects.equals(podGroupTemplates, that.podGroupTemplates)
        && Objects.equals(preemptionPolicy, that.preemptionPolicy)
        && Objects.equals(priority, that.priority)
        && Objects.equals(priorityClassName, that.priorityClassName)
        && Objects.equals(schedulingConstraints, that.schedulingConstraints)
        && Objects.equals(schedulingPolicy, that.schedulingPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(compositePodGroupTemplates, disruptionMode, name, podGroupTemplates, preemptionPolicy, priority, priorityClassName, schedulingConstraints, schedulingPolicy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1CompositePodGroupTemplate {\n");
    sb.append("    compositePodGroupTemplates: ").append(String.valueOf(compositePodGroupTemplates).replace("\n", "\n    ")).append('\n');
    sb.append("    disruptionMode: ").append(String.valueOf(disruptionMode).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    podGroupTemplates: ").append(String.valueOf(podGroupTemplates).replace("\n", "\n    ")).append('\n');
    sb.append("    preemptionPolicy: ").append(preemptionPolicy).append('\n');
    sb.append("    priority: ").append(priority).append('\n');
    sb.append("    priorityClassName: ").append(priorityClassName).append('\n');
    sb.append("    schedulingConstraints: ").append(String.valueOf(schedulingConstraints).replace("\n", "\n    ")).append('\n');
    sb.append("    schedulingPolicy: ").append(String.valueOf(schedulingPolicy).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
