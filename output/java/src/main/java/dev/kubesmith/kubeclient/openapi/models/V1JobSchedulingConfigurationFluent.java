package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1JobSchedulingConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1JobSchedulingConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1JobSchedulingConfigurationFluent<A extends V1JobSchedulingConfigurationFluent<A>> {
  private V1alpha3WorkloadPodGroupDisruptionMode disruptionMode;
  private List<V1alpha3WorkloadPodGroupResourceClaim> resourceClaims;
  private V1alpha3WorkloadPodGroupSchedulingConstraints schedulingConstraints;
  private V1alpha3WorkloadPodGroupSchedulingPolicy schedulingPolicy;

  public V1JobSchedulingConfigurationFluent() {}

  public V1JobSchedulingConfigurationFluent(V1JobSchedulingConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1JobSchedulingConfiguration instance) {
    if (instance != null) {
      this.disruptionMode = instance.getDisruptionMode();
      this.resourceClaims = instance.getResourceClaims() == null ? null : new ArrayList<>(instance.getResourceClaims());
      this.schedulingConstraints = instance.getSchedulingConstraints();
      this.schedulingPolicy = instance.getSchedulingPolicy();
    }
  }

  /** A new {@link V1JobSchedulingConfiguration} holding what was set (lists and maps copied). */
  V1JobSchedulingConfiguration toModel() {
    V1JobSchedulingConfiguration o = new V1JobSchedulingConfiguration();
    o.setDisruptionMode(disruptionMode);
    o.setResourceClaims(resourceClaims == null ? null : new ArrayList<>(resourceClaims));
    o.setSchedulingConstraints(schedulingConstraints);
    o.setSchedulingPolicy(schedulingPolicy);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1alpha3WorkloadPodGroupDisruptionMode getDisruptionMode() {
    return disruptionMode;
  }

  public A withDisruptionMode(V1alpha3WorkloadPodGroupDisruptionMode disruptionMode) {
    this.disruptionMode = disruptionMode;
    return self();
  }

  public boolean hasDisruptionMode() {
    return disruptionMode != null;
  }

  public V1alpha3WorkloadPodGroupDisruptionMode buildDisruptionMode() {
    return disruptionMode;
  }

  public DisruptionModeNested withNewDisruptionMode() {
    return new DisruptionModeNested(null);
  }

  public DisruptionModeNested withNewDisruptionModeLike(V1alpha3WorkloadPodGroupDisruptionMode item) {
    return new DisruptionModeNested(item);
  }

  public DisruptionModeNested editDisruptionMode() {
    return new DisruptionModeNested(disruptionMode);
  }

  public DisruptionModeNested editOrNewDisruptionMode() {
    return new DisruptionModeNested(disruptionMode != null ? disruptionMode : new V1alpha3WorkloadPodGroupDisruptionMode());
  }

  public DisruptionModeNested editOrNewDisruptionModeLike(V1alpha3WorkloadPodGroupDisruptionMode item) {
    return new DisruptionModeNested(disruptionMode != null ? disruptionMode : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DisruptionModeNested extends V1alpha3WorkloadPodGroupDisruptionModeFluent<DisruptionModeNested> {
    DisruptionModeNested(V1alpha3WorkloadPodGroupDisruptionMode item) {
      super(item);
    }

    public A and() {
      return V1JobSchedulingConfigurationFluent.this.withDisruptionMode(toModel());
    }

    public A endDisruptionMode() {
      return and();
    }
  }

  public List<V1alpha3WorkloadPodGroupResourceClaim> getResourceClaims() {
    return resourceClaims;
  }

  public A withResourceClaims(List<V1alpha3WorkloadPodGroupResourceClaim> resourceClaims) {
    this.resourceClaims = resourceClaims == null ? null : new ArrayList<>(resourceClaims);
    return self();
  }

  public boolean hasResourceClaims() {
    return resourceClaims != null;
  }

  public A withResourceClaims(V1alpha3WorkloadPodGroupResourceClaim... items) {
    this.resourceClaims = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResourceClaims(V1alpha3WorkloadPodGroupResourceClaim... items) {
    for (V1alpha3WorkloadPodGroupResourceClaim item : items) {
      addToResourceClaims(-1, item);
    }
    return self();
  }

  public A removeFromResourceClaims(V1alpha3WorkloadPodGroupResourceClaim... items) {
    return removeAllFromResourceClaims(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResourceClaims(int index, V1alpha3WorkloadPodGroupResourceClaim item) {
    if (this.resourceClaims == null) {
      this.resourceClaims = new ArrayList<>();
    }
    if (index < 0 || index >= this.resourceClaims.size()) {
      this.resourceClaims.add(item);
    } else {
      this.resourceClaims.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResourceClaims(int index, V1alpha3WorkloadPodGroupResourceClaim item) {
    if (index < 0 || this.resourceClaims == null || index >= this.resourceClaims.size()) {
      return addToResourceClaims(-1, item);
    }
    this.resourceClaims.set(index, item);
    return self();
  }

  public A addAllToResourceClaims(Collection<V1alpha3WorkloadPodGroupResourceClaim> items) {
    for (V1alpha3WorkloadPodGroupResourceClaim item : items) {
      addToResourceClaims(-1, item);
    }
    return self();
  }

  public A removeAllFromResourceClaims(Collection<V1alpha3WorkloadPodGroupResourceClaim> items) {
    if (this.resourceClaims != null) {
      this.resourceClaims.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3WorkloadPodGroupResourceClaim> buildResourceClaims() {
    return resourceClaims;
  }

  public V1alpha3WorkloadPodGroupResourceClaim buildResourceClaim(int index) {
    return this.resourceClaims.get(index);
  }

  public ResourceClaimsNested addNewResourceClaim() {
    return new ResourceClaimsNested(-1, null);
  }

  public ResourceClaimsNested addNewResourceClaimLike(V1alpha3WorkloadPodGroupResourceClaim item) {
    return new ResourceClaimsNested(-1, item);
  }

  public ResourceClaimsNested setNewResourceClaimLike(int index, V1alpha3WorkloadPodGroupResourceClaim item) {
    return new ResourceClaimsNested(index, item);
  }

  public ResourceClaimsNested editResourceClaim(int index) {
    if (this.resourceClaims == null || index < 0 || index >= this.resourceClaims.size()) {
      throw new IndexOutOfBoundsException("can't edit resourceClaims [" + index + "]");
    }
    return new ResourceClaimsNested(index, this.resourceClaims.get(index));
  }

  public ResourceClaimsNested editFirstResourceClaim() {
    return editResourceClaim(0);
  }

  public ResourceClaimsNested editLastResourceClaim() {
    return editResourceClaim(this.resourceClaims == null ? -1 : this.resourceClaims.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ResourceClaimsNested extends V1alpha3WorkloadPodGroupResourceClaimFluent<ResourceClaimsNested> {
    private final int index;

    ResourceClaimsNested(int index, V1alpha3WorkloadPodGroupResourceClaim item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1JobSchedulingConfigurationFluent.this.setToResourceClaims(index, toModel());
    }

    public A endResourceClaim() {
      return and();
    }
  }

  public V1alpha3WorkloadPodGroupSchedulingConstraints getSchedulingConstraints() {
    return schedulingConstraints;
  }

  public A withSchedulingConstraints(V1alpha3WorkloadPodGroupSchedulingConstraints schedulingConstraints) {
    this.schedulingConstraints = schedulingConstraints;
    return self();
  }

  public boolean hasSchedulingConstraints() {
    return schedulingConstraints != null;
  }

  public V1alpha3WorkloadPodGroupSchedulingConstraints buildSchedulingConstraints() {
    return schedulingConstraints;
  }

  public SchedulingConstraintsNested withNewSchedulingConstraints() {
    return new SchedulingConstraintsNested(null);
  }

  public SchedulingConstraintsNested withNewSchedulingConstraintsLike(V1alpha3WorkloadPodGroupSchedulingConstraints item) {
    return new SchedulingConstraintsNested(item);
  }

  public SchedulingConstraintsNested editSchedulingConstraints() {
    return new SchedulingConstraintsNested(schedulingConstraints);
  }

  public SchedulingConstraintsNested editOrNewSchedulingConstraints() {
    return new SchedulingConstraintsNested(schedulingConstraints != null ? schedulingConstraints : new V1alpha3WorkloadPodGroupSchedulingConstraints());
  }

  public SchedulingConstraintsNested editOrNewSchedulingConstraintsLike(V1alpha3WorkloadPodGroupSchedulingConstraints item) {
    return new SchedulingConstraintsNested(schedulingConstraints != null ? schedulingConstraints : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingConstraintsNested extends V1alpha3WorkloadPodGroupSchedulingConstraintsFluent<SchedulingConstraintsNested> {
    SchedulingConstraintsNested(V1alpha3WorkloadPodGroupSchedulingConstraints item) {
      super(item);
    }

    public A and() {
      return V1JobSchedulingConfigurationFluent.this.withSchedulingConstraints(toModel());
    }

    public A endSchedulingConstraints() {
      return and();
    }
  }

  public V1alpha3WorkloadPodGroupSchedulingPolicy getSchedulingPolicy() {
    return schedulingPolicy;
  }

  public A withSchedulingPolicy(V1alpha3WorkloadPodGroupSchedulingPolicy schedulingPolicy) {
    this.schedulingPolicy = schedulingPolicy;
    return self();
  }

  public boolean hasSchedulingPolicy() {
    return schedulingPolicy != null;
  }

  public V1alpha3WorkloadPodGroupSchedulingPolicy buildSchedulingPolicy() {
    return schedulingPolicy;
  }

  public SchedulingPolicyNested withNewSchedulingPolicy() {
    return new SchedulingPolicyNested(null);
  }

  public SchedulingPolicyNested withNewSchedulingPolicyLike(V1alpha3WorkloadPodGroupSchedulingPolicy item) {
    return new SchedulingPolicyNested(item);
  }

  public SchedulingPolicyNested editSchedulingPolicy() {
    return new SchedulingPolicyNested(schedulingPolicy);
  }

  public SchedulingPolicyNested editOrNewSchedulingPolicy() {
    return new SchedulingPolicyNested(schedulingPolicy != null ? schedulingPolicy : new V1alpha3WorkloadPodGroupSchedulingPolicy());
  }

  public SchedulingPolicyNested editOrNewSchedulingPolicyLike(V1alpha3WorkloadPodGroupSchedulingPolicy item) {
    return new SchedulingPolicyNested(schedulingPolicy != null ? schedulingPolicy : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingPolicyNested extends V1alpha3WorkloadPodGroupSchedulingPolicyFluent<SchedulingPolicyNested> {
    SchedulingPolicyNested(V1alpha3WorkloadPodGroupSchedulingPolicy item) {
      super(item);
    }

    public A and() {
      return V1JobSchedulingConfigurationFluent.this.withSchedulingPolicy(toModel());
    }

    public A endSchedulingPolicy() {
      return and();
    }
  }
}
