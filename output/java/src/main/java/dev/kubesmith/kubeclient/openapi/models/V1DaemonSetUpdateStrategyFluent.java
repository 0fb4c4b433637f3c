package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1DaemonSetUpdateStrategy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DaemonSetUpdateStrategyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DaemonSetUpdateStrategyFluent<A extends V1DaemonSetUpdateStrategyFluent<A>> {
  private V1RollingUpdateDaemonSet rollingUpdate;
  private String type;

  public V1DaemonSetUpdateStrategyFluent() {}

  public V1DaemonSetUpdateStrategyFluent(V1DaemonSetUpdateStrategy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DaemonSetUpdateStrategy instance) {
    if (instance != null) {
      this.rollingUpdate = instance.getRollingUpdate();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1DaemonSetUpdateStrategy} holding what was set (lists and maps copied). */
  V1DaemonSetUpdateStrategy toModel() {
    V1DaemonSetUpdateStrategy o = new V1DaemonSetUpdateStrategy();
    o.setRollingUpdate(rollingUpdate);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1RollingUpdateDaemonSet getRollingUpdate() {
    return rollingUpdate;
  }

  public A withRollingUpdate(V1RollingUpdateDaemonSet rollingUpdate) {
    this.rollingUpdate = rollingUpdate;
    return self();
  }

  public boolean hasRollingUpdate() {
    return rollingUpdate != null;
  }

  public V1RollingUpdateDaemonSet buildRollingUpdate() {
    return rollingUpdate;
  }

  public RollingUpdateNested withNewRollingUpdate() {
    return new RollingUpdateNested(null);
  }

  public RollingUpdateNested withNewRollingUpdateLike(V1RollingUpdateDaemonSet item) {
    return new RollingUpdateNested(item);
  }

  public RollingUpdateNested editRollingUpdate() {
    return new RollingUpdateNested(rollingUpdate);
  }

  public RollingUpdateNested editOrNewRollingUpdate() {
    return new RollingUpdateNested(rollingUpdate != null ? rollingUpdate : new V1RollingUpdateDaemonSet());
  }

  public RollingUpdateNested editOrNewRollingUpdateLike(V1RollingUpdateDaemonSet item) {
    return new RollingUpdateNested(rollingUpdate != null ? rollingUpdate : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RollingUpdateNested extends V1RollingUpdateDaemonSetFluent<RollingUpdateNested> {
    RollingUpdateNested(V1RollingUpdateDaemonSet item) {
      super(item);
    }

    public A and() {
      return V1DaemonSetUpdateStrategyFluent.this.withRollingUpdate(toModel());
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
