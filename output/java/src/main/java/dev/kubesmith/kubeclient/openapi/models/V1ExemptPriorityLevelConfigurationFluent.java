package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ExemptPriorityLevelConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ExemptPriorityLevelConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ExemptPriorityLevelConfigurationFluent<A extends V1ExemptPriorityLevelConfigurationFluent<A>> {
  private Integer lendablePercent;
  private Integer nominalConcurrencyShares;

  public V1ExemptPriorityLevelConfigurationFluent() {}

  public V1ExemptPriorityLevelConfigurationFluent(V1ExemptPriorityLevelConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ExemptPriorityLevelConfiguration instance) {
    if (instance != null) {
      this.lendablePercent = instance.getLendablePercent();
      this.nominalConcurrencyShares = instance.getNominalConcurrencyShares();
    }
  }

  /** A new {@link V1ExemptPriorityLevelConfiguration} holding what was set (lists and maps copied). */
  V1ExemptPriorityLevelConfiguration toModel() {
    V1ExemptPriorityLevelConfiguration o = new V1ExemptPriorityLevelConfiguration();
    o.setLendablePercent(lendablePercent);
    o.setNominalConcurrencyShares(nominalConcurrencyShares);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getLendablePercent() {
    return lendablePercent;
  }

  public A withLendablePercent(Integer lendablePercent) {
    this.lendablePercent = lendablePercent;
    return self();
  }

  public boolean hasLendablePercent() {
    return lendablePercent != null;
  }

  public Integer getNominalConcurrencyShares() {
    return nominalConcurrencyShares;
  }

  public A withNominalConcurrencyShares(Integer nominalConcurrencyShares) {
    this.nominalConcurrencyShares = nominalConcurrencyShares;
    return self();
  }

  public boolean hasNominalConcurrencyShares() {
    return nominalConcurrencyShares != null;
  }
}
