package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1DeleteOptions}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeleteOptionsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeleteOptionsFluent<A extends V1DeleteOptionsFluent<A>> {
  private String apiVersion;
  private List<String> dryRun;
  private Long gracePeriodSeconds;
  private Boolean ignoreStoreReadErrorWithClusterBreakingPotential;
  private String kind;
  private Boolean orphanDependents;
  private V1Preconditions preconditions;
  private String propagationPolicy;

  public V1DeleteOptionsFluent() {}

  public V1DeleteOptionsFluent(V1DeleteOptions instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeleteOptions instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.dryRun = instance.getDryRun() == null ? null : new ArrayList<>(instance.getDryRun());
      this.gracePeriodSeconds = instance.getGracePeriodSeconds();
      this.ignoreStoreReadErrorWithClusterBreakingPotential = instance.getIgnoreStoreReadErrorWithClusterBreakingPotential();
      this.kind = instance.getKind();
      this.orphanDependents = instance.getOrphanDependents();
      this.preconditions = instance.getPreconditions();
      this.propagationPolicy = instance.getPropagationPolicy();
    }
  }

  /** A new {@link V1DeleteOptions} holding what was set (lists and maps copied). */
  V1DeleteOptions toModel() {
    V1DeleteOptions o = new V1DeleteOptions();
    o.setApiVersion(apiVersion);
    o.setDryRun(dryRun == null ? null : new ArrayList<>(dryRun));
    o.setGracePeriodSeconds(gracePeriodSeconds);
    o.setIgnoreStoreReadErrorWithClusterBreakingPotential(ignoreStoreReadErrorWithClusterBreakingPotential);
    o.setKind(kind);
    o.setOrphanDependents(orphanDependents);
    o.setPreconditions(preconditions);
    o.setPropagationPolicy(propagationPolicy);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public List<String> getDryRun() {
    return dryRun;
  }

  public A withDryRun(List<String> dryRun) {
    this.dryRun = dryRun == null ? null : new ArrayList<>(dryRun);
    return self();
  }

  public boolean hasDryRun() {
    return dryRun != null;
  }

  public A withDryRun(String... items) {
    this.dryRun = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDryRun(String... items) {
    for (String item : items) {
      addToDryRun(-1, item);
    }
    return self();
  }

  public A removeFromDryRun(String... items) {
    return removeAllFromDryRun(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDryRun(int index, String item) {
    if (this.dryRun == null) {
      this.dryRun = new ArrayList<>();
    }
    if (index < 0 || index >= this.dryRun.size()) {
      this.dryRun.add(item);
    } else {
      this.dryRun.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDryRun(int index, String item) {
    if (index < 0 || this.dryRun == null || index >= this.dryRun.size()) {
      return addToDryRun(-1, item);
    }
    this.dryRun.set(index, item);
    return self();
  }

  public A addAllToDryRun(Collection<String> items) {
    for (String item : items) {
      addToDryRun(-1, item);
    }
    return self();
  }

  public A removeAllFromDryRun(Collection<String> items) {
    if (this.dryRun != null) {
      this.dryRun.removeAll(items);
    }
    return self();
  }

  public Long getGracePeriodSeconds() {
    return gracePeriodSeconds;
  }

  public A withGracePeriodSeconds(Long gracePeriodSeconds) {
    this.gracePeriodSeconds = gracePeriodSeconds;
    return self();
  }

  public boolean hasGracePeriodSeconds() {
    return gracePeriodSeconds != null;
  }

  public Boolean getIgnoreStoreReadErrorWithClusterBreakingPotential() {
    return ignoreStoreReadErrorWithClusterBreakingPotential;
  }

  public A withIgnoreStoreReadErrorWithClusterBreakingPotential(Boolean ignoreStoreReadErrorWithClusterBreakingPotential) {
    this.ignoreStoreReadErrorWithClusterBreakingPotential = ignoreStoreReadErrorWithClusterBreakingPotential;
    return self();
  }

  public boolean hasIgnoreStoreReadErrorWithClusterBreakingPotential() {
    return ignoreStoreReadErrorWithClusterBreakingPotential != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public Boolean getOrphanDependents() {
    return orphanDependents;
  }

  public A withOrphanDependents(Boolean orphanDependents) {
    this.orphanDependents = orphanDependents;
    return self();
  }

  public boolean hasOrphanDependents() {
    return orphanDependents != null;
  }

  public V1Preconditions getPreconditions() {
    return preconditions;
  }

  public A withPreconditions(V1Preconditions preconditions) {
    this.preconditions = preconditions;
    return self();
  }

  public boolean hasPreconditions() {
    return preconditions != null;
  }

  public V1Preconditions buildPreconditions() {
    return preconditions;
  }

  public PreconditionsNested withNewPreconditions() {
    return new PreconditionsNested(null);
  }

  public PreconditionsNested withNewPreconditionsLike(V1Preconditions item) {
    return new PreconditionsNested(item);
  }

  public PreconditionsNested editPreconditions() {
    return new PreconditionsNested(preconditions);
  }

  public PreconditionsNested editOrNewPreconditions() {
    return new PreconditionsNested(preconditions != null ? preconditions : new V1Preconditions());
  }

  public PreconditionsNested editOrNewPreconditionsLike(V1Preconditions item) {
    return new PreconditionsNested(preconditions != null ? preconditions : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PreconditionsNested extends V1PreconditionsFluent<PreconditionsNested> {
    PreconditionsNested(V1Preconditions item) {
      super(item);
    }

    public A and() {
      return V1DeleteOptionsFluent.this.withPreconditions(toModel());
    }

    public A endPreconditions() {
      return and();
    }
  }

  public String getPropagationPolicy() {
    return propagationPolicy;
  }

  public A withPropagationPolicy(String propagationPolicy) {
    this.propagationPolicy = propagationPolicy;
    return self();
  }

  public boolean hasPropagationPolicy() {
    return propagationPolicy != null;
  }
}
