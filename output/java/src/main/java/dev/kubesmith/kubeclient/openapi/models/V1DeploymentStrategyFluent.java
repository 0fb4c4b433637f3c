package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DeploymentStrategy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeploymentStrategyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeploymentStrategyFluent<A extends V1DeploymentStrategyFluent<A>> {
  private V1RollingUpdateDeployment rollingUpdate;
  private String type;

  public V1DeploymentStrategyFluent() {}

  public V1DeploymentStrategyFluent(V1DeploymentStrategy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeploymentStrategy instance) {
    if (instance != null) {
      this.rollingUpdate = instance.getRollingUpdate();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1DeploymentStrategy} holding what was set (lists and maps copied). */
  V1DeploymentStrategy toModel() {
    V1DeploymentStrategy o = new V1DeploymentStrategy();
    o.setRollingUpdate(rollingUpdate);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1RollingUpdateDeployment getRollingUpdate() {
    return rollingUpdate;
  }

  public A withRollingUpdate(V1RollingUpdateDeployment rollingUpdate) {
    this.rollingUpdate = rollingUpdate;
    return self();
  }

  public boolean hasRollingUpdate() {
    return rollingUpdate != null;
  }

  public V1RollingUpdateDeployment buildRollingUpdate() {
    return rollingUpdate;
  }

  public RollingUpdateNested withNewRollingUpdate() {
    return new RollingUpdateNested(null);
  }

  public RollingUpdateNested withNewRollingUpdateLike(V1RollingUpdateDeployment item) {
    return new RollingUpdateNested(item);
  }

  public RollingUpdateNested editRollingUpdate() {
    return new RollingUpdateNested(rollingUpdate);
  }

  public RollingUpdateNested editOrNewRollingUpdate() {
    return new RollingUpdateNested(rollingUpdate != null ? rollingUpdate : new V1RollingUpdateDeployment());
  }

  public RollingUpdateNested editOrNewRollingUpdateLike(V1RollingUpdateDeployment item) {
    return new RollingUpdateNested(rollingUpdate != null ? rollingUpdate : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RollingUpdateNested extends V1RollingUpdateDeploymentFluent<RollingUpdateNested> {
    RollingUpdateNested(V1RollingUpdateDeployment item) {
      super(item);
    }

    public A and() {
      return V1DeploymentStrategyFluent.this.withRollingUpdate(toModel());
    }

    public A endRollingUpdate() {
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
