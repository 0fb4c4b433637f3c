package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1alpha3CompositePodGroupSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3CompositePodGroupSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3CompositePodGroupSpecFluent<A extends V1alpha3CompositePodGroupSpecFluent<A>> {
  private V1alpha3CompositeDisruptionMode disruptionMode;
  private String parentCompositePodGroupName;
  private String preemptionPolicy;
  private Integer priority;
  private String priorityClassName;
  private V1alpha3CompositePodGroupSchedulingConstraints schedulingConstraints;
  private V1alpha3CompositePodGroupSchedulingPolicy schedulingPolicy;
  private V1alpha3WorkloadReference workloadRef;

  public V1alpha3CompositePodGroupSpecFluent() {}

  public V1alpha3CompositePodGroupSpecFluent(V1alpha3CompositePodGroupSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3CompositePodGroupSpec instance) {
    if (instance != null) {
      this.disruptionMode = instance.getDisruptionMode();
      this.parentCompositePodGroupName = instance.getParentCompositePodGroupName();
      this.preemptionPolicy = instance.getPreemptionPolicy();
      this.priority = instance.getPriority();
      this.priorityClassName = instance.getPriorityClassName();
      this.schedulingConstraints = instance.getSchedulingConstraints();
      this.schedulingPolicy = instance.getSchedulingPolicy();
      this.workloadRef = instance.getWorkloadRef();
    }
  }

  /** A new {@link V1alpha3CompositePodGroupSpec} holding what was set (lists and maps copied). */
  V1alpha3CompositePodGroupSpec toModel() {
    V1alpha3CompositePodGroupSpec o = new V1alpha3CompositePodGroupSpec();
    o.setDisruptionMode(disruptionMode);
    o.setParentCompositePodGroupName(parentCompositePodGroupName);
    o.setPreemptionPolicy(preemptionPolicy);
    o.setPriority(priority);
    o.setPriorityClassName(priorityClassName);
    o.setSchedulingConstraints(schedulingConstraints);
    o.setSchedulingPolicy(schedulingPolicy);
    o.setWorkloadRef(workloadRef);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
      return V1alpha3CompositePodGroupSpecFluent.this.withDisruptionMode(toModel());
    }

    public A endDisruptionMode() {
      return and();
    }
  }

  public String getParentCompositePodGroupName() {
    return parentCompositePodGroupName;
  }

  public A withParentCompositePodGroupName(String parentCompositePodGroupName) {
    this.parentCompositePodGroupName = parentCompositePodGroupName;
    return self();
  }

  public boolean hasParentCompositePodGroupName() {
    return parentCompositePodGroupName != null;
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
      return V1alpha3CompositePodGroupSpecFluent.this.withSchedulingConstraints(toModel());
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
      return V1alpha3CompositePodGroupSpecFluent.this.withSchedulingPolicy(toModel());
    }

    public A endSchedulingPolicy() {
      return and();
    }
  }

  public V1alpha3WorkloadReference getWorkloadRef() {
    return workloadRef;
  }

  public A withWorkloadRef(V1alpha3WorkloadReference workloadRef) {
    this.workloadRef = workloadRef;
    return self();
  }

  public boolean hasWorkloadRef() {
    return workloadRef != null;
  }

  public V1alpha3WorkloadReference buildWorkloadRef() {
    return workloadRef;
  }

  public WorkloadRefNested withNewWorkloadRef() {
    return new WorkloadRefNested(null);
  }

  public WorkloadRefNested withNewWorkloadRefLike(V1alpha3WorkloadReference item) {
    return new WorkloadRefNested(item);
  }

  public WorkloadRefNested editWorkloadRef() {
    return new WorkloadRefNested(workloadRef);
  }

  public WorkloadRefNested editOrNewWorkloadRef() {
    return new WorkloadRefNested(workloadRef != null ? workloadRef : new V1alpha3WorkloadReference());
  }

  public WorkloadRefNested editOrNewWorkloadRefLike(V1alpha3WorkloadReference item) {
    return new WorkloadRefNested(workloadRef != null ? workloadRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class WorkloadRefNested extends V1alpha3WorkloadReferenceFluent<WorkloadRefNested> {
    WorkloadRefNested(V1alpha3WorkloadReference item) {
      super(item);
    }

    public A and() {
      return V1alpha3CompositePodGroupSpecFluent.this.withWorkloadRef(toModel());
    }

    public A endWorkloadRef() {
      return and();
    }
  }
}
