package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha3CompositePodGroupTemplate}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3CompositePodGroupTemplateBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3CompositePodGroupTemplateFluent<A extends V1alpha3CompositePodGroupTemplateFluent<A>> {
  private List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates;
  private V1alpha3CompositeDisruptionMode disruptionMode;
  private String name;
  private List<V1alpha3PodGroupTemplate> podGroupTemplates;
  private String preemptionPolicy;
  private Integer priority;
  private String priorityClassName;
  private V1alpha3CompositePodGroupSchedulingConstraints schedulingConstraints;
  private V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy;

  public V1alpha3CompositePodGroupTemplateFluent() {}

  public V1alpha3CompositePodGroupTemplateFluent(V1alpha3CompositePodGroupTemplate instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3CompositePodGroupTemplate instance) {
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

  /** A new {@link V1alpha3CompositePodGroupTemplate} holding what was set (lists and maps copied). */
  V1alpha3CompositePodGroupTemplate toModel() {
    V1alpha3CompositePodGroupTemplate o = new V1alpha3CompositePodGroupTemplate();
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

  public List<V1alpha3CompositePodGroupTemplate> getCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public A withCompositePodGroupTemplates(List<V1alpha3CompositePodGroupTemplate> compositePodGroupTemplates) {
    this.compositePodGroupTemplates = compositePodGroupTemplates == null ? null : new ArrayList<>(compositePodGroupTemplates);
    return self();
  }

  public boolean hasCompositePodGroupTemplates() {
    return compositePodGroupTemplates != null;
  }

  public A withCompositePodGroupTemplates(V1alpha3CompositePodGroupTemplate... items) {
    this.compositePodGroupTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCompositePodGroupTemplates(V1alpha3CompositePodGroupTemplate... items) {
    for (V1alpha3CompositePodGroupTemplate item : items) {
      addToCompositePodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeFromCompositePodGroupTemplates(V1alpha3CompositePodGroupTemplate... items) {
    return removeAllFromCompositePodGroupTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCompositePodGroupTemplates(int index, V1alpha3CompositePodGroupTemplate item) {
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
  public A setToCompositePodGroupTemplates(int index, V1alpha3CompositePodGroupTemplate item) {
    if (index < 0 || this.compositePodGroupTemplates == null || index >= this.compositePodGroupTemplates.size()) {
      return addToCompositePodGroupTemplates(-1, item);
    }
    this.compositePodGroupTemplates.set(index, item);
    return self();
  }

  public A addAllToCompositePodGroupTemplates(Collection<V1alpha3CompositePodGroupTemplate> items) {
    for (V1alpha3CompositePodGroupTemplate item : items) {
      addToCompositePodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromCompositePodGroupTemplates(Collection<V1alpha3CompositePodGroupTemplate> items) {
    if (this.compositePodGroupTemplates != null) {
      this.compositePodGroupTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3CompositePodGroupTemplate> buildCompositePodGroupTemplates() {
    return compositePodGroupTemplates;
  }

  public V1alpha3CompositePodGroupTemplate buildCompositePodGroupTemplate(int index) {
    return this.compositePodGroupTemplates.get(index);
  }

  public CompositePodGroupTemplatesNested addNewCompositePodGroupTemplate() {
    return new CompositePodGroupTemplatesNested(-1, null);
  }

  public CompositePodGroupTemplatesNested addNewCompositePodGroupTemplateLike(V1alpha3CompositePodGroupTemplate item) {
    return new CompositePodGroupTemplatesNested(-1, item);
  }

  public CompositePodGroupTemplatesNested setNewCompositePodGroupTemplateLike(int index, V1alpha3CompositePodGroupTemplate item) {
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
  public class CompositePodGroupTemplatesNested extends V1alpha3CompositePodGroupTemplateFluent<CompositePodGroupTemplatesNested> {
    private final int index;

    CompositePodGroupTemplatesNested(int index, V1alpha3CompositePodGroupTemplate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha3CompositePodGroupTemplateFluent.this.setToCompositePodGroupTemplates(index, toModel());
    }

    public A endCompositePodGroupTemplate() {
      return and();
    }
  }

  public V1alpha3CompositeDisruptionMode getDisruptionMode() {
    return disruptionMode;
  }

  public A withDisruptionMode(V1alpha3CompositeDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
    return self();
  }

  public boolean hasDisruptionMode() {
    return disruptionMode != null;
  }

  public V1alpha3CompositeDisruptionMode buildDisruptionMode() {
    return disruptionMode;
  }

  public DisruptionModeNested withNewDisruptionMode() {
    return new DisruptionModeNested(null);
  }

  public DisruptionModeNested withNewDisruptionModeLike(V1alpha3CompositeDisruptionMode item) {
    return new DisruptionModeNested(item);
  }

  public DisruptionModeNested editDisruptionMode() {
    return new DisruptionModeNested(disruptionMode);
  }

  public DisruptionModeNested editOrNewDisruptionMode() {
    return new DisruptionModeNested(disruptionMode != null ? disruptionMode : new V1alpha3CompositeDisruptionMode());
  }

  public DisruptionModeNested editOrNewDisruptionModeLike(V1alpha3CompositeDisruptionMode item) {
    return new DisruptionModeNested(disruptionMode != null ? disruptionMode : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DisruptionModeNested extends V1alpha3CompositeDisruptionModeFluent<DisruptionModeNested> {
    DisruptionModeNested(V1alpha3CompositeDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1alpha3CompositePodGroupTemplateFluent.this.withDisruptionMode(toModel());
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

  public List<V1alpha3PodGroupTemplate> getPodGroupTemplates() {
    return podGroupTemplates;
  }

  public A withPodGroupTemplates(List<V1alpha3PodGroupTemplate> podGroupTemplates) {
    this.podGroupTemplates = podGroupTemplates == null ? null : new ArrayList<>(podGroupTemplates);
    return self();
  }

  public boolean hasPodGroupTemplates() {
    return podGroupTemplates != null;
  }

  public A withPodGroupTemplates(V1alpha3PodGroupTemplate... items) {
    this.podGroupTemplates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPodGroupTemplates(V1alpha3PodGroupTemplate... items) {
    for (V1alpha3PodGroupTemplate item : items) {
      addToPodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeFromPodGroupTemplates(V1alpha3PodGroupTemplate... items) {
    return removeAllFromPodGroupTemplates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPodGroupTemplates(int index, V1alpha3PodGroupTemplate item) {
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
  public A setToPodGroupTemplates(int index, V1alpha3PodGroupTemplate item) {
    if (index < 0 || this.podGroupTemplates == null || index >= this.podGroupTemplates.size()) {
      return addToPodGroupTemplates(-1, item);
    }
    this.podGroupTemplates.set(index, item);
    return self();
  }

  public A addAllToPodGroupTemplates(Collection<V1alpha3PodGroupTemplate> items) {
    for (V1alpha3PodGroupTemplate item : items) {
      addToPodGroupTemplates(-1, item);
    }
    return self();
  }

  public A removeAllFromPodGroupTemplates(Collection<V1alpha3PodGroupTemplate> items) {
    if (this.podGroupTemplates != null) {
      this.podGroupTemplates.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3PodGroupTemplate> buildPodGroupTemplates() {
    return podGroupTemplates;
  }

  public V1alpha3PodGroupTemplate buildPodGroupTemplate(int index) {
    return this.podGroupTemplates.get(index);
  }

  public PodGroupTemplatesNested addNewPodGroupTemplate() {
    return new PodGroupTemplatesNested(-1, null);
  }

  public PodGroupTemplatesNested addNewPodGroupTemplateLike(V1alpha3PodGroupTemplate item) {
    return new PodGroupTemplatesNested(-1, item);
  }

  public PodGroupTemplatesNested setNewPodGroupTemplateLike(int index, V1alpha3PodGroupTemplate item) {
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
  public class PodGroupTemplatesNested extends V1alpha3PodGroupTemplateFluent<PodGroupTemplatesNested> {
    private final int index;

    PodGroupTemplatesNested(int index, V1alpha3PodGroupTemplate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha3CompositePodGroupTemplateFluent.this.setToPodGroupTemplates(index, toModel());
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

  public V1alpha3CompositePodGroupSchedulingConstraints getSchedulingConstraints() {
    return schedulingConstraints;
  }

  public A withSchedulingConstraints(V1alpha3CompositePodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
    return self();
  }

  public boolean hasSchedulingConstraints() {
    return schedulingConstraints != null;
  }

  public V1alpha3CompositePodGroupSchedulingConstraints buildSchedulingConstraints() {
    return schedulingConstraints;
  }

  public SchedulingConstraintsNested withNewSchedulingConstraints() {
    return new SchedulingConstraintsNested(null);
  }

  public SchedulingConstraintsNested withNewSchedulingConstraintsLike(V1alpha3CompositePodGroupSchedulingConstraints item) {
    return new SchedulingConstraintsNested(item);
  }

  public SchedulingConstraintsNested editSchedulingConstraints() {
    return new SchedulingConstraintsNested(schedulingConstraints);
  }

  public SchedulingConstraintsNested editOrNewSchedulingConstraints() {
    return new SchedulingConstraintsNested(schedulingConstraints != null ? schedulingConstraints : new V1alpha3CompositePodGroupSchedulingConstraints());
  }

  public SchedulingConstraintsNested editOrNewSchedulingConstraintsLike(V1alpha3CompositePodGroupSchedulingConstraints item) {
    return new SchedulingConstraintsNested(schedulingConstraints != null ? schedulingConstraints : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingConstraintsNested extends V1alpha3CompositePodGroupSchedulingConstraintsFluent<SchedulingConstraintsNested> {
    SchedulingConstraintsNested(V1alpha3CompositePodGroupSchedulingConstraints item) {
      super(item);
    }

    public A and() {
      return V1alpha3CompositePodGroupTemplateFluent.this.withSchedulingConstraints(toModel());
    }

    public A endSchedulingConstraints() {
      return and();
    }
  }

  public V1alpha3CompositePodGroupSchedulingPolicy getSchedulingPolicy() {
    return schedulingPolicy;
  }

  public A withSchedulingPolicy(V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
    return self();
  }

  public boolean hasSchedulingPolicy() {
    return schedulingPolicy != null;
  }

  public V1alpha3CompositePodGroupSchedulingPolicy buildSchedulingPolicy() {
    return schedulingPolicy;
  }

  public SchedulingPolicyNested withNewSchedulingPolicy() {
    return new SchedulingPolicyNested(null);
  }

  public SchedulingPolicyNested withNewSchedulingPolicyLike(V1alpha3CompositePodGroupSchedulingPolicy item) {
    return new SchedulingPolicyNested(item);
  }

  public SchedulingPolicyNested editSchedulingPolicy() {
    return new SchedulingPolicyNested(schedulingPolicy);
  }

  public SchedulingPolicyNested editOrNewSchedulingPolicy() {
    return new SchedulingPolicyNested(schedulingPolicy != null ? schedulingPolicy : new V1alpha3CompositePodGroupSchedulingPolicy());
  }

  public SchedulingPolicyNested editOrNewSchedulingPolicyLike(V1alpha3CompositePodGroupSchedulingPolicy item) {
    return new SchedulingPolicyNested(schedulingPolicy != null ? schedulingPolicy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingPolicyNested extends V1alpha3CompositePodGroupSchedulingPolicyFluent<SchedulingPolicyNested> {
    SchedulingPolicyNested(V1alpha3CompositePodGroupSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1alpha3CompositePodGroupTemplateFluent.this.withSchedulingPolicy(toModel());
    }

    public A endSchedulingPolicy() {
      return and();
    }
  }
}
