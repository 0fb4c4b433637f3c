package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1PriorityLevelConfigurationSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PriorityLevelConfigurationSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PriorityLevelConfigurationSpecFluent<A extends V1PriorityLevelConfigurationSpecFluent<A>> {
  private V1ExemptPriorityLevelConfiguration exempt;
  private V1LimitedPriorityLevelConfiguration limited;
  private String type;

  public V1PriorityLevelConfigurationSpecFluent() {}

  public V1PriorityLevelConfigurationSpecFluent(V1PriorityLevelConfigurationSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PriorityLevelConfigurationSpec instance) {
    if (instance != null) {
      this.exempt = instance.getExempt();
      this.limited = instance.getLimited();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1PriorityLevelConfigurationSpec} holding what was set (lists and maps copied). */
  V1PriorityLevelConfigurationSpec toModel() {
    V1PriorityLevelConfigurationSpec o = new V1PriorityLevelConfigurationSpec();
    o.setExempt(exempt);
    o.setLimited(limited);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ExemptPriorityLevelConfiguration getExempt() {
    return exempt;
  }

  public A withExempt(V1ExemptPriorityLevelConfiguration exempt) {
    this.exempt = exempt;
    return self();
  }

  public boolean hasExempt() {
    return exempt != null;
  }

  public V1ExemptPriorityLevelConfiguration buildExempt() {
    return exempt;
  }

  public ExemptNested withNewExempt() {
    return new ExemptNested(null);
  }

  public ExemptNested withNewExemptLike(V1ExemptPriorityLevelConfiguration item) {
    return new ExemptNested(item);
  }

  public ExemptNested editExempt() {
    return new ExemptNested(exempt);
  }

  public ExemptNested editOrNewExempt() {
    return new ExemptNested(exempt != null ? exempt : new V1ExemptPriorityLevelConfiguration());
  }

  public ExemptNested editOrNewExemptLike(V1ExemptPriorityLevelConfiguration item) {
    return new ExemptNested(exempt != null ? exempt : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ExemptNested extends V1ExemptPriorityLevelConfigurationFluent<ExemptNested> {
    ExemptNested(V1ExemptPriorityLevelConfiguration item) {
      super(item);
    }

    public A and() {
      return V1PriorityLevelConfigurationSpecFluent.this.withExempt(toModel());
    }

    public A endExempt() {
      return and();
    }
  }

  public V1LimitedPriorityLevelConfiguration getLimited() {
    return limited;
  }

  public A withLimited(V1LimitedPriorityLevelConfiguration limited) {
    this.limited = limited;
    return self();
  }

  public boolean hasLimited() {
    return limited != null;
  }

  public V1LimitedPriorityLevelConfiguration buildLimited() {
    return limited;
  }

  public LimitedNested withNewLimited() {
    return new LimitedNested(null);
  }

  public LimitedNested withNewLimitedLike(V1LimitedPriorityLevelConfiguration item) {
    return new LimitedNested(item);
  }

  public LimitedNested editLimited() {
    return new LimitedNested(limited);
  }

  public LimitedNested editOrNewLimited() {
    return new LimitedNested(limited != null ? limited : new V1LimitedPriorityLevelConfiguration());
  }

  public LimitedNested editOrNewLimitedLike(V1LimitedPriorityLevelConfiguration item) {
    return new LimitedNested(limited != null ? limited : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LimitedNested extends V1LimitedPriorityLevelConfigurationFluent<LimitedNested> {
    LimitedNested(V1LimitedPriorityLevelConfiguration item) {
      super(item);
    }

    public A and() {
      return V1PriorityLevelConfigurationSpecFluent.this.withLimited(toModel());
    }

    public A endLimited() {
      return and();
    }
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
