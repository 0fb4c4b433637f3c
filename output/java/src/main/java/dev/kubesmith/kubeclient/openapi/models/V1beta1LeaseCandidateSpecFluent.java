package dev.kubesmith.kubeclient.openapi.models;

import java.time.OffsetDateTime;

/**
 * The fluent setters of {@link V1beta1LeaseCandidateSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1LeaseCandidateSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1LeaseCandidateSpecFluent<A extends V1beta1LeaseCandidateSpecFluent<A>> {
  private String binaryVersion;
  private String emulationVersion;
  private String leaseName;
  private OffsetDateTime pingTime;
  private OffsetDateTime renewTime;
  private String strategy;

  public V1beta1LeaseCandidateSpecFluent() {}

  public V1beta1LeaseCandidateSpecFluent(V1beta1LeaseCandidateSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1LeaseCandidateSpec instance) {
    if (instance != null) {
      this.binaryVersion = instance.getBinaryVersion();
      this.emulationVersion = instance.getEmulationVersion();
      this.leaseName = instance.getLeaseName();
      this.pingTime = instance.getPingTime();
      this.renewTime = instance.getRenewTime();
      this.strategy = instance.getStrategy();
    }
  }

  /** A new {@link V1beta1LeaseCandidateSpec} holding what was set (lists and maps copied). */
  V1beta1LeaseCandidateSpec toModel() {
    V1beta1LeaseCandidateSpec o = new V1beta1LeaseCandidateSpec();
    o.setBinaryVersion(binaryVersion);
    o.setEmulationVersion(emulationVersion);
    o.setLeaseName(leaseName);
    o.setPingTime(pingTime);
    o.setRenewTime(renewTime);
    o.setStrategy(strategy);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getBinaryVersion() {
    return binaryVersion;
  }

  public A withBinaryVersion(String binaryVersion) {
    this.binaryVersion = binaryVersion;
    return self();
  }

  public boolean hasBinaryVersion() {
    return binaryVersion != null;
  }

  public String getEmulationVersion() {
    return emulationVersion;
  }

  public A withEmulationVersion(String emulationVersion) {
    this.emulationVersion = emulationVersion;
    return self();
  }

  public boolean hasEmulationVersion() {
    return emulationVersion != null;
  }

  public String getLeaseName() {
    return leaseName;
  }

  public A withLeaseName(String leaseName) {
    this.leaseName = leaseName;
    return self();
  }

  public boolean hasLeaseName() {
    return leaseName != null;
  }

  public OffsetDateTime getPingTime() {
    return pingTime;
  }

  public A withPingTime(OffsetDateTime pingTime) {
    this.pingTime = pingTime;
    return self();
  }

  public boolean hasPingTime() {
    return pingTime != null;
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
