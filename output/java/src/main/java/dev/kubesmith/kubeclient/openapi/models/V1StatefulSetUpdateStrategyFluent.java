package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1StatefulSetUpdateStrategy}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StatefulSetUpdateStrategyBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StatefulSetUpdateStrategyFluent<A extends V1StatefulSetUpdateStrategyFluent<A>> {
  private V1RollingUpdateStatefulSetStrategy rollingUpdate;
  private String type;

  public V1StatefulSetUpdateStrategyFluent() {}

  public V1StatefulSetUpdateStrategyFluent(V1StatefulSetUpdateStrategy instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StatefulSetUpdateStrategy instance) {
    if (instance != null) {
      this.rollingUpdate = instance.getRollingUpdate();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1StatefulSetUpdateStrategy} holding what was set (lists and maps copied). */
  V1StatefulSetUpdateStrategy toModel() {
    V1StatefulSetUpdateStrategy o = new V1StatefulSetUpdateStrategy();
    o.setRollingUpdate(rollingUpdate);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1RollingUpdateStatefulSetStrategy getRollingUpdate() {
    return rollingUpdate;
  }

  public A withRollingUpdate(V1RollingUpdateStatefulSetStrategy rollingUpdate) {
    this.rollingUpdate = rollingUpdate;
    return self();
  }

  public boolean hasRollingUpdate() {
    return rollingUpdate != null;
  }

  public V1RollingUpdateStatefulSetStrategy buildRollingUpdate() {
    return rollingUpdate;
  }

  public RollingUpdateNested withNewRollingUpdate() {
    return new RollingUpdateNested(null);
  }

  public RollingUpdateNested withNewRollingUpdateLike(V1RollingUpdateStatefulSetStrategy item) {
    return new RollingUpdateNested(item);
  }

  public RollingUpdateNested editRollingUpdate() {
    return new RollingUpdateNested(rollingUpdate);
  }

  public RollingUpdateNested editOrNewRollingUpdate() {
    return new RollingUpdateNested(rollingUpdate != null ? rollingUpdate : new V1RollingUpdateStatefulSetStrategy());
  }

  public RollingUpdateNested editOrNewRollingUpdateLike(V1RollingUpdateStatefulSetStrategy item) {
    return new RollingUpdateNested(rollingUpdate != null ? rollingUpdate : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RollingUpdateNested extends V1RollingUpdateStatefulSetStrategyFluent<RollingUpdateNested> {
    RollingUpdateNested(V1RollingUpdateStatefulSetStrategy item) {
      super(item);
    }

    public A and() {
      return V1StatefulSetUpdateStrategyFluent.this.withRollingUpdate(toModel());
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
