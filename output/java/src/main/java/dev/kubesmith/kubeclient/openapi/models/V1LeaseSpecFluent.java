package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1LeaseSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LeaseSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LeaseSpecFluent<A extends V1LeaseSpecFluent<A>> {
  private OffsetDateTime acquireTime;
  private String holderIdentity;
  private Integer leaseDurationSeconds;
  private Integer leaseTransitions;
  private String preferredHolder;
  private OffsetDateTime renewTime;
  private String strategy;

  public V1LeaseSpecFluent() {}

  public V1LeaseSpecFluent(V1LeaseSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LeaseSpec instance) {
    if (instance != null) {
      this.acquireTime = instance.getAcquireTime();
      this.holderIdentity = instance.getHolderIdentity();
      this.leaseDurationSeconds = instance.getLeaseDurationSeconds();
      this.leaseTransitions = instance.getLeaseTransitions();
      this.preferredHolder = instance.getPreferredHolder();
      this.renewTime = instance.getRenewTime();
      this.strategy = instance.getStrategy();
    }
  }

  /** A new {@link V1LeaseSpec} holding what was set (lists and maps copied). */
  V1LeaseSpec toModel() {
    V1LeaseSpec o = new V1LeaseSpec();
    o.setAcquireTime(acquireTime);
    o.setHolderIdentity(holderIdentity);
    o.setLeaseDurationSeconds(leaseDurationSeconds);
    o.setLeaseTransitions(leaseTransitions);
    o.setPreferredHolder(preferredHolder);
    o.setRenewTime(renewTime);
    o.setStrategy(strategy);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public OffsetDateTime getAcquireTime() {
    return acquireTime;
  }

  public A withAcquireTime(OffsetDateTime acquireTime) {
    this.acquireTime = acquireTime;
    return self();
  }

  public boolean hasAcquireTime() {
    return acquireTime != null;
  }

  public String getHolderIdentity() {
    return holderIdentity;
  }

  public A withHolderIdentity(String holderIdentity) {
    this.holderIdentity = holderIdentity;
    return self();
  }

  public boolean hasHolderIdentity() {
    return holderIdentity != null;
  }

  public Integer getLeaseDurationSeconds() {
    return leaseDurationSeconds;
  }

  public A withLeaseDurationSeconds(Integer leaseDurationSeconds) {
    this.leaseDurationSeconds = leaseDurationSeconds;
    return self();
  }

  public boolean hasLeaseDurationSeconds() {
    return leaseDurationSeconds != null;
  }

  public Integer getLeaseTransitions() {
    return leaseTransitions;
  }

  public A withLeaseTransitions(Integer leaseTransitions) {
    this.leaseTransitions = leaseTransitions;
    return self();
  }

  public boolean hasLeaseTransitions() {
    return leaseTransitions != null;
  }

  public String getPreferredHolder() {
    return preferredHolder;
  }

  public A withPreferredHolder(String preferredHolder) {
    this.preferredHolder = preferredHolder;
    return self();
  }

  public boolean hasPreferredHolder() {
    return preferredHolder != null;
  }

  public OffsetDateTime getRenewTime() {
    return renewTime;
  }

  public A withRenewTime(OffsetDateTime renewTime) {
    this.renewTime = renewTime;
    return self();
  }

  public boolean hasRenewTime() {
    return renewTime != null;
  }

  public String getStrategy() {
    return strategy;
  }

  public A withStrategy(String strategy) {
    this.strategy = strategy;
    return self();
  }

  public boolean hasStrategy() {
    return strategy != null;
  }
}
