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
public class V1alpha3CompositePodGroupTemplate {
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
  public static final Codec<V1alpha3CompositePodGroupTemplate> CODEC = new Codec<V1alpha3CompositePodGroupTemplate>() {
    @Override
    public V1alpha3CompositePodGroupTemplate read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3CompositePodGroupTemplate)");
      }
      V1alpha3CompositePodGroupTemplate o = new V1alpha3CompositePodGroupTemplate();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.compositePodGroupTemplates = Codecs.listOf(V1alpha3CompositePodGroupTemplate.CODEC).read(p);
            break;
          case 1:
            o.disruptionMode = V1alpha3CompositeDisruptionMode.CODEC.read(p);
            break;
          case 2:
            o.name = Codecs.STRING.read(p);
            break;
          case 3:
            o.podGroupTemplates = Codecs.listOf(V1alpha3PodGroupTemplate.CODEC).read(p);
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
            o.schedulingConstraints = V1alpha3CompositePodGroupSchedulingConstraints.CODEC.read(p);
            break;
          case 8:
            o.schedulingPolicy = V1alpha3CompositePodGroupSchedulingPolicy.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3CompositePodGroupTemplate o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.compositePodGroupTemplates != null) {
        g.writeFieldName("compositePodGroupTemplates");
        Codecs.listOf(V1alpha3CompositePodGroupTemplate.CODEC).write(g, o.compositePodGroupTemplates);
      }
      if (o.disruptionMode != null) {
        g.writeFieldName("disruptionMode");
        V1alpha3CompositeDisruptionMode.CODEC.write(g, o.disruptionMode);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.podGroupTemplates != null) {
        g.writeFieldName("podGroupTemplates");
        Codecs.listOf(V1alpha3PodGroupTemplate.CODEC).write(g, o.podGroupTemplates);
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
      g.writeEndObject();
    }
  };

  private List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates;

  private V1alpha3CompositeDisruptionMode disruptionMode;

  private String name;

  private List<V1alpha3PodGroupTemplate> podGroupTemplates;

  private String preemptionPolicy;

  private Integer priority;

  private String priorityClassName;

  private V1alpha3CompositePodGroupSchedulingConstraints schedulingConstraints;

  private V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy;

  public V1alpha3CompositePodGroupTemplate compositePodGroupTemplates(List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates;
    return this;
  }

  public V1alpha3CompositePodGroupTemplate addCompositePodGroupTemplatesItem(V1alpha3CompositePodGroupTemplate item) {
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
  public List<V1alpha3CompositePodGroupTemplate> getCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public void setCompositePodGroupTemplates(List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates;
  }

  public V1alpha3CompositePodGroupTemplate disruptionMode(V1alpha3CompositeDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
    return this;
  }

  /**
   * disruptionMode defines the mode in which a given CompositePodGroup can be disrupted. One of
   * Single, All. This field is immutable.
   *
   * @return disruptionMode
   */
  public V1alpha3CompositeDisruptionMode getDisruptionMode() {
    return disruptionMode;
  }

  public void setDisruptionMode(V1alpha3CompositeDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
  }

  public V1alpha3CompositePodGroupTemplate name(String name) {
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

  public V1alpha3CompositePodGroupTemplate podGroupTemplates(List<V1alpha3PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates;
    return this;
  }

  public V1alpha3CompositePodGroupTemplate addPodGroupTemplatesItem(V1alpha3PodGroupTemplate item) {
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
  public List<V1alpha3PodGroupTemplate> getPodGroupTemplates() {
    return podGroupTemplates;
  }

  public void setPodGroupTemplates(List<V1alpha3PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates;
  }

  public V1alpha3CompositePodGroupTemplate preemptionPolicy(String preemptionPolicy) {
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

  public V1alpha3CompositePodGroupTemplate priority(Integer priority) {
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

  public V1alpha3CompositePodGroupTemplate priorityClassName(String priorityClassName) {
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

  public V1alpha3CompositePodGroupTemplate schedulingConstraints(V1alpha3CompositePodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
    return this;
  }

  /**
   * schedulingConstraints defines optional scheduling constraints (e.g. topology) for this
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

  public V1alpha3CompositePodGroupTemplate schedulingPolicy(V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
    return this;
  }

  /**
   * schedulingPolicy defines the scheduling policy for this template.
   *
   * @return schedulingPolicy
   */
  public V1alpha3CompositePodGroupSchedulingPolicy getSchedulingPolicy() {
    return schedulingPolicy;
  }

  public void setSchedulingPolicy(V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy) {
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
    V1alpha3CompositePodGroupTemplate that = (V1alpha3CompositePodGroupTemplate) other;
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
    StringBuilder sb = new StringBuilder("class V1alpha3CompositePodGroupTemplate {\n");
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
