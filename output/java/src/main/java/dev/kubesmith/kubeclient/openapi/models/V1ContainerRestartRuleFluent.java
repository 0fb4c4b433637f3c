package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ContainerRestartRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerRestartRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerRestartRuleFluent<A extends V1ContainerRestartRuleFluent<A>> {
  private String action;
  private V1ContainerRestartRuleOnExitCodes exitCodes;

  public V1ContainerRestartRuleFluent() {}

  public V1ContainerRestartRuleFluent(V1ContainerRestartRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerRestartRule instance) {
    if (instance != null) {
      this.action = instance.getAction();
      this.exitCodes = instance.getExitCodes();
    }
  }

  /** A new {@link V1ContainerRestartRule} holding what was set (lists and maps copied). */
  V1ContainerRestartRule toModel() {
    V1ContainerRestartRule o = new V1ContainerRestartRule();
    o.setAction(action);
    o.setExitCodes(exitCodes);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAction() {
    return action;
  }

  public A withAction(String action) {
    this.action = action;
    return self();
  }

  public boolean hasAction() {
    return action != null;
  }

  public V1ContainerRestartRuleOnExitCodes getExitCodes() {
    return exitCodes;
  }

  public A withExitCodes(V1ContainerRestartRuleOnExitCodes exitCodes) {
    this.exitCodes = exitCodes;
    return self();
  }

  public boolean hasExitCodes() {
    return exitCodes != null;
  }

  public V1ContainerRestartRuleOnExitCodes buildExitCodes() {
    return exitCodes;
  }

  public ExitCodesNested withNewExitCodes() {
    return new ExitCodesNested(null);
  }

  public ExitCodesNested withNewExitCodesLike(V1ContainerRestartRuleOnExitCodes item) {
    return new ExitCodesNested(item);
  }

  public ExitCodesNested editExitCodes() {
    return new ExitCodesNested(exitCodes);
  }

  public ExitCodesNested editOrNewExitCodes() {
    return new ExitCodesNested(exitCodes != null ? exitCodes : new V1ContainerRestartRuleOnExitCodes());
  }

  public ExitCodesNested editOrNewExitCodesLike(V1ContainerRestartRuleOnExitCodes item) {
    return new ExitCodesNested(exitCodes != null ? exitCodes : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ExitCodesNested extends V1ContainerRestartRuleOnExitCodesFluent<ExitCodesNested> {
    ExitCodesNested(V1ContainerRestartRuleOnExitCodes item) {
      super(item);
    }

    public A and() {
      return V1ContainerRestartRuleFluent.this.withExitCodes(toModel());
    }

    public A endExitCodes() {
      return and();
    }
  }
}
