package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1LimitedPriorityLevelConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LimitedPriorityLevelConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LimitedPriorityLevelConfigurationFluent<A extends V1LimitedPriorityLevelConfigurationFluent<A>> {
  private Integer borrowingLimitPercent;
  private Integer lendablePercent;
  private V1LimitResponse limitResponse;
  private Integer nominalConcurrencyShares;

  public V1LimitedPriorityLevelConfigurationFluent() {}

  public V1LimitedPriorityLevelConfigurationFluent(V1LimitedPriorityLevelConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LimitedPriorityLevelConfiguration instance) {
    if (instance != null) {
      this.borrowingLimitPercent = instance.getBorrowingLimitPercent();
      this.lendablePercent = instance.getLendablePercent();
      this.limitResponse = instance.getLimitResponse();
      this.nominalConcurrencyShares = instance.getNominalConcurrencyShares();
    }
  }

  /** A new {@link V1LimitedPriorityLevelConfiguration} holding what was set (lists and maps copied). */
  V1LimitedPriorityLevelConfiguration toModel() {
    V1LimitedPriorityLevelConfiguration o = new V1LimitedPriorityLevelConfiguration();
    o.setBorrowingLimitPercent(borrowingLimitPercent);
    o.setLendablePercent(lendablePercent);
    o.setLimitResponse(limitResponse);
    o.setNominalConcurrencyShares(nominalConcurrencyShares);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getBorrowingLimitPercent() {
    return borrowingLimitPercent;
  }

  public A withBorrowingLimitPercent(Integer borrowingLimitPercent) {
    this.borrowingLimitPercent = borrowingLimitPercent;
    return self();
  }

  public boolean hasBorrowingLimitPercent() {
    return borrowingLimitPercent != null;
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

  public V1LimitResponse getLimitResponse() {
    return limitResponse;
  }

  public A withLimitResponse(V1LimitResponse limitResponse) {
    this.limitResponse = limitResponse;
    return self();
  }

  public boolean hasLimitResponse() {
    return limitResponse != null;
  }

  public V1LimitResponse buildLimitResponse() {
    return limitResponse;
  }

  public LimitResponseNested withNewLimitResponse() {
    return new LimitResponseNested(null);
  }

  public LimitResponseNested withNewLimitResponseLike(V1LimitResponse item) {
    return new LimitResponseNested(item);
  }

  public LimitResponseNested editLimitResponse() {
    return new LimitResponseNested(limitResponse);
  }

  public LimitResponseNested editOrNewLimitResponse() {
    return new LimitResponseNested(limitResponse != null ? limitResponse : new V1LimitResponse());
  }

  public LimitResponseNested editOrNewLimitResponseLike(V1LimitResponse item) {
    return new LimitResponseNested(limitResponse != null ? limitResponse : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LimitResponseNested extends V1LimitResponseFluent<LimitResponseNested> {
    LimitResponseNested(V1LimitResponse item) {
      super(item);
    }

    public A and() {
      return V1LimitedPriorityLevelConfigurationFluent.this.withLimitResponse(toModel());
    }

    public A endLimitResponse() {
      return and();
    }
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
