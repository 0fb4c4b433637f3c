package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1CompositePodGroupTemplate}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1CompositePodGroupTemplateBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1CompositePodGroupTemplateFluent<A extends V1beta1CompositePodGroupTemplateFluent<A>> {
  private List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates;
  private V1beta1CompositeDisruptionMode disruptionMode;
  private String name;
  private List<V1beta1PodGroupTemplate> podGroupTemplates;
  private String preemptionPolicy;
  private Integer priority;
  private String priorityClassName;
  private V1beta1CompositePodGroupSchedulingConstraints schedulingConstraints;
  private V1beta1CompositePodGroupSchedulingPolicy schedulingPolicy;

  public V1beta1CompositePodGroupTemplateFluent() {}

  public V1beta1CompositePodGroupTemplateFluent(V1beta1CompositePodGroupTemplate instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1CompositePodGroupTemplate instance) {
    if (instance != null) {
      this.compositePodGroupTemplates = instance.getCompositePodGroupTemplates() == null ? null : new ArrayList<>(instance.getCompositePodGroupTemplates());
      this.disruptionMode = instance.getDisruptionMode();
      this.name = instance.getName();
      this.podGroupTemplates = instance.getPodGroupTemplates() == null ? null : new ArrayList<>(instance.getPodGroupTemplates());
      this.preemptionPolicy = instance.getPreemptionPolicy();
      this.priority = instance.getPriority();
      this.priorityClassName = instance.getPriorityClassName();
      this.schedulingConstraints = instance.getSchedulingConstraints();
      this.schedulingPolicy = instance.getSchedulingPolicy();
    }
  }

  /** A new {@link V1beta1CompositePodGroupTemplate} holding what was set (lists and maps copied). */
  V1beta1CompositePodGroupTemplate toModel() {
    V1beta1CompositePodGroupTemplate o = new V1beta1CompositePodGroupTemplate();
    o.setCompositePodGroupTemplates(compositePodGroupTemplates == null ? null : new ArrayList<>(compositePodGroupTemplates));
    o.setDisruptionMode(disruptionMode);
    o.setName(name);
    o.setPodGroupTemplates(podGroupTemplates == null ? null : new ArrayList<>(podGroupTemplates));
    o.setPreemptionPolicy(preemptionPolicy);
    o.setPriority(priority);
    o.setPriorityClassName(priorityClassName);
    o.setSchedulingConstraints(schedulingConstraints);
    o.setSchedulingPolicy(schedulingPolicy);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1beta1CompositePodGroupTemplate> getCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public A withCompositePodGroupTemplates(List<V1beta1CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates == null ? null : new ArrayList<>(compositePodGroupTemplates);
    return self();
  }

  public boolean hasCompositePodGroupTemplates() {
    return compositePodGroupTemplates != null;
  }

  public A withCompositePodGroupTemplates(V1beta1CompositePodGroupTemplate... items) {
    this.compositePodGroupTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCompositePodGroupTemplates(V1beta1CompositePodGroupTemplate... items) {
    for (V1beta1CompositePodGroupTemplate item : items) {
      addToCompositePodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeFromCompositePodGroupTemplates(V1beta1CompositePodGroupTemplate... items) {
    return removeAllFromCompositePodGroupTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCompositePodGroupTemplates(int index, V1beta1CompositePodGroupTemplate item) {
    if (this.compositePodGroupTemplates == null) {
      this.compositePodGroupTemplates = new ArrayList<>();
    }
    if (index < 0 || index >= this.compositePodGroupTemplates.size()) {
      this.compositePodGroupTemplates.add(item);
    } else {
      this.compositePodGroupTemplates.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCompositePodGroupTemplates(int index, V1beta1CompositePodGroupTemplate item) {
    if (index < 0 || this.compositePodGroupTemplates == null || index >= this.compositePodGroupTemplates.size()) {
      return addToCompositePodGroupTemplates(-1, item);
    }
    this.compositePodGroupTemplates.set(index, item);
    return self();
  }

  public A addAllToCompositePodGroupTemplates(Collection<V1beta1CompositePodGroupTemplate> items) {
    for (V1beta1CompositePodGroupTemplate item : items) {
      addToCompositePodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromCompositePodGroupTemplates(Collection<V1beta1CompositePodGroupTemplate> items) {
    if (this.compositePodGroupTemplates != null) {
      this.compositePodGroupTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1beta1CompositePodGroupTemplate> buildCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public V1beta1CompositePodGroupTemplate buildCompositePodGroupTemplate(int index) {
    return this.compositePodGroupTemplates.get(index);
  }

  public CompositePodGroupTemplatesNested addNewCompositePodGroupTemplate() {
    return new CompositePodGroupTemplatesNested(-1, null);
  }

  public CompositePodGroupTemplatesNested addNewCompositePodGroupTemplateLike(V1beta1CompositePodGroupTemplate item) {
    return new CompositePodGroupTemplatesNested(-1, item);
  }

  public CompositePodGroupTemplatesNested setNewCompositePodGroupTemplateLike(int index, V1beta1CompositePodGroupTemplate item) {
    return new CompositePodGroupTemplatesNested(index, item);
  }

  public CompositePodGroupTemplatesNested editCompositePodGroupTemplate(int index) {
    if (this.compositePodGroupTemplates == null || index < 0 || index >= this.compositePodGroupTemplates.size()) {
      throw new IndexOutOfBoundsException("can't edit compositePodGroupTemplates [" + index + "]");
    }
    return new CompositePodGroupTemplatesNested(index, this.compositePodGroupTemplates.get(index));
  }

  public CompositePodGroupTemplatesNested editFirstCompositePodGroupTemplate() {
    return editCompositePodGroupTemplate(0);
  }

  public CompositePodGroupTemplatesNested editLastCompositePodGroupTemplate() {
    return editCompositePodGroupTemplate(this.compositePodGroupTemplates == null ? -1 : this.compositePodGroupTemplates.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class CompositePodGroupTemplatesNested extends V1beta1CompositePodGroupTemplateFluent<CompositePodGroupTemplatesNested> {
    private final int index;

    CompositePodGroupTemplatesNested(int index, V1beta1CompositePodGroupTemplate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1CompositePodGroupTemplateFluent.this.setToCompositePodGroupTemplates(index, toModel());
    }

    public A endCompositePodGroupTemplate() {
      return and();
    }
  }

  public V1beta1CompositeDisruptionMode getDisruptionMode() {
    return disruptionMode;
  }

  public A withDisruptionMode(V1beta1CompositeDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
    return self();
  }

  public boolean hasDisruptionMode() {
    return disruptionMode != null;
  }

  public V1beta1CompositeDisruptionMode buildDisruptionMode() {
    return disruptionMode;
  }

  public DisruptionModeNested withNewDisruptionMode() {
    return new DisruptionModeNested(null);
  }

  public DisruptionModeNested withNewDisruptionModeLike(V1beta1CompositeDisruptionMode item) {
    return new DisruptionModeNested(item);
  }

  public DisruptionModeNested editDisruptionMode() {
    return new DisruptionModeNested(disruptionMode);
  }

  public DisruptionModeNested editOrNewDisruptionMode() {
    return new DisruptionModeNested(disruptionMode != null ? disruptionMode : new V1beta1CompositeDisruptionMode());
  }

  public DisruptionModeNested editOrNewDisruptionModeLike(V1beta1CompositeDisruptionMode item) {
    return new DisruptionModeNested(disruptionMode != null ? disruptionMode : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DisruptionModeNested extends V1beta1CompositeDisruptionModeFluent<DisruptionModeNested> {
    DisruptionModeNested(V1beta1CompositeDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1beta1CompositePodGroupTemplateFluent.this.withDisruptionMode(toModel());
    }

    public A endDisruptionMode() {
      return and();
    }
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public List<V1beta1PodGroupTemplate> getPodGroupTemplates() {
    return podGroupTemplates;
  }

  public A withPodGroupTemplates(List<V1beta1PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates == null ? null : new ArrayList<>(podGroupTemplates);
    return self();
  }

  public boolean hasPodGroupTemplates() {
    return podGroupTemplates != null;
  }

  public A withPodGroupTemplates(V1beta1PodGroupTemplate... items) {
    this.podGroupTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPodGroupTemplates(V1beta1PodGroupTemplate... items) {
    for (V1beta1PodGroupTemplate item : items) {
      addToPodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeFromPodGroupTemplates(V1beta1PodGroupTemplate... items) {
    return removeAllFromPodGroupTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPodGroupTemplates(int index, V1beta1PodGroupTemplate item) {
    if (this.podGroupTemplates == null) {
      this.podGroupTemplates = new ArrayList<>();
    }
    if (index < 0 || index >= this.podGroupTemplates.size()) {
      this.podGroupTemplates.add(item);
    } else {
      this.podGroupTemplates.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPodGroupTemplates(int index, V1beta1PodGroupTemplate item) {
    if (index < 0 || this.podGroupTemplates == null || index >= this.podGroupTemplates.size()) {
      return addToPodGroupTemplates(-1, item);
    }
    this.podGroupTemplates.set(index, item);
    return self();
  }

  public A addAllToPodGroupTemplates(Collection<V1beta1PodGroupTemplate> items) {
    for (V1beta1PodGroupTemplate item : items) {
      addToPodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromPodGroupTemplates(Collection<V1beta1PodGroupTemplate> items) {
    if (this.podGroupTemplates != null) {
      this.podGroupTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1beta1PodGroupTemplate> buildPodGroupTemplates() {
    return podGroupTemplates;
  }

  public V1beta1PodGroupTemplate buildPodGroupTemplate(int index) {
    return this.podGroupTemplates.get(index);
  }

  public PodGroupTemplatesNested addNewPodGroupTemplate() {
    return new PodGroupTemplatesNested(-1, null);
  }

  public PodGroupTemplatesNested addNewPodGroupTemplateLike(V1beta1PodGroupTemplate item) {
    return new PodGroupTemplatesNested(-1, item);
  }

  public PodGroupTemplatesNested setNewPodGroupTemplateLike(int index, V1beta1PodGroupTemplate item) {
    return new PodGroupTemplatesNested(index, item);
  }

  public PodGroupTemplatesNested editPodGroupTemplate(int index) {
    if (this.podGroupTemplates == null || index < 0 || index >= this.podGroupTemplates.size()) {
      throw new IndexOutOfBoundsException("can't edit podGroupTemplates [" + index + "]");
    }
    return new PodGroupTemplatesNested(index, this.podGroupTemplates.get(index));
  }

  public PodGroupTemplatesNested editFirstPodGroupTemplate() {
    return editPodGroupTemplate(0);
  }

  public PodGroupTemplatesNested editLastPodGroupTemplate() {
    return editPodGroupTemplate(this.podGroupTemplates == null ? -1 : this.podGroupTemplates.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PodGroupTemplatesNested extends V1beta1PodGroupTemplateFluent<PodGroupTemplatesNested> {
    private final int index;

    PodGroupTemplatesNested(int index, V1beta1PodGroupTemplate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1CompositePodGroupTemplateFluent.this.setToPodGroupTemplates(index, toModel());
    }

    public A endPodGroupTemplate() {
      return and();
    }
  }

  public String getPreemptionPolicy() {
    return preemptionPolicy;
  }

  public A withPreemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
    return self();
  }

  public boolean hasPreemptionPolicy() {
    return preemptionPolicy != null;
  }

  public Integer getPriority() {
    return priority;
  }

  public A withPriority(Integer priority) {
    this.priority = priority;
    return self();
  }

  public boolean hasPriority() {
    return priority != null;
  }

  public String getPriorityClassName() {
    return priorityClassName;
  }

  public A withPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
    return self();
  }

  public boolean hasPriorityClassName() {
    return priorityClassName != null;
  }

  public V1beta1CompositePodGroupSchedulingConstraints getSchedulingConstraints() {
    return schedulingConstraints;
  }

  public A withSchedulingConstraints(V1beta1CompositePodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
    return self();
  }

  public boolean hasSchedulingConstraints() {
    return schedulingConstraints != null;
  }

  public V1beta1CompositePodGroupSchedulingConstraints buildSchedulingConstraints() {
    return schedulingConstraints;
  }

  public SchedulingConstraintsNested withNewSchedulingConstraints() {
    return new SchedulingConstraintsNested(null);
  }

  public SchedulingConstraintsNested withNewSchedulingConstraintsLike(V1beta1CompositePodGroupSchedulingConstraints item) {
    return new SchedulingConstraintsNested(item);
  }

  public SchedulingConstraintsNested editSchedulingConstraints() {
    return new SchedulingConstraintsNested(schedulingConstraints);
  }

  public SchedulingConstraintsNested editOrNewSchedulingConstraints() {
    return new SchedulingConstraintsNested(schedulingConstraints != null ? schedulingConstraints : new V1beta1CompositePodGroupSchedulingConstraints());
  }

  public SchedulingConstraintsNested editOrNewSchedulingConstraintsLike(V1beta1CompositePodGroupSchedulingConstraints item) {
    return new SchedulingConstraintsNested(schedulingConstraints != null ? schedulingConstraints : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingConstraintsNested extends V1beta1CompositePodGroupSchedulingConstraintsFluent<SchedulingConstraintsNested> {
    SchedulingConstraintsNested(V1beta1CompositePodGroupSchedulingConstraints item) {
      super(item);
    }

    public A and() {
      return V1beta1CompositePodGroupTemplateFluent.this.withSchedulingConstraints(toModel());
    }

    public A endSchedulingConstraints() {
      return and();
    }
  }

  public V1beta1CompositePodGroupSchedulingPolicy getSchedulingPolicy() {
    return schedulingPolicy;
  }

  public A withSchedulingPolicy(V1beta1CompositePodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
    return self();
  }

  public boolean hasSchedulingPolicy() {
    return schedulingPolicy != null;
  }

  public V1beta1CompositePodGroupSchedulingPolicy buildSchedulingPolicy() {
    return schedulingPolicy;
  }

  public SchedulingPolicyNested withNewSchedulingPolicy() {
    return new SchedulingPolicyNested(null);
  }

  public SchedulingPolicyNested withNewSchedulingPolicyLike(V1beta1CompositePodGroupSchedulingPolicy item) {
    return new SchedulingPolicyNested(item);
  }

  public SchedulingPolicyNested editSchedulingPolicy() {
    return new SchedulingPolicyNested(schedulingPolicy);
  }

  public SchedulingPolicyNested editOrNewSchedulingPolicy() {
    return new SchedulingPolicyNested(schedulingPolicy != null ? schedulingPolicy : new V1beta1CompositePodGroupSchedulingPolicy());
  }

  public SchedulingPolicyNested editOrNewSchedulingPolicyLike(V1beta1CompositePodGroupSchedulingPolicy item) {
    return new SchedulingPolicyNested(schedulingPolicy != null ? schedulingPolicy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingPolicyNested extends V1beta1CompositePodGroupSchedulingPolicyFluent<SchedulingPolicyNested> {
    SchedulingPolicyNested(V1beta1CompositePodGroupSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1beta1CompositePodGroupTemplateFluent.this.withSchedulingPolicy(toModel());
    }

    public A endSchedulingPolicy() {
      return and();
    }
  }
}
