package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1NodeConfigStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeConfigStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeConfigStatusFluent<A extends V1NodeConfigStatusFluent<A>> {
  private V1NodeConfigSource active;
  private V1NodeConfigSource assigned;
  private String error;
  private V1NodeConfigSource lastKnownGood;

  public V1NodeConfigStatusFluent() {}

  public V1NodeConfigStatusFluent(V1NodeConfigStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeConfigStatus instance) {
    if (instance != null) {
      this.active = instance.getActive();
      this.assigned = instance.getAssigned();
      this.error = instance.getError();
      this.lastKnownGood = instance.getLastKnownGood();
    }
  }

  /** A new {@link V1NodeConfigStatus} holding what was set (lists and maps copied). */
  V1NodeConfigStatus toModel() {
    V1NodeConfigStatus o = new V1NodeConfigStatus();
    o.setActive(active);
    o.setAssigned(assigned);
    o.setError(error);
    o.setLastKnownGood(lastKnownGood);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1NodeConfigSource getActive() {
    return active;
  }

  public A withActive(V1NodeConfigSource active) {
    this.active = active;
    return self();
  }

  public boolean hasActive() {
    return active != null;
  }

  public V1NodeConfigSource buildActive() {
    return active;
  }

  public ActiveNested withNewActive() {
    return new ActiveNested(null);
  }

  public ActiveNested withNewActiveLike(V1NodeConfigSource item) {
    return new ActiveNested(item);
  }

  public ActiveNested editActive() {
    return new ActiveNested(active);
  }

  public ActiveNested editOrNewActive() {
    return new ActiveNested(active != null ? active : new V1NodeConfigSource());
  }

  public ActiveNested editOrNewActiveLike(V1NodeConfigSource item) {
    return new ActiveNested(active != null ? active : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ActiveNested extends V1NodeConfigSourceFluent<ActiveNested> {
    ActiveNested(V1NodeConfigSource item) {
      super(item);
    }

    public A and() {
      return V1NodeConfigStatusFluent.this.withActive(toModel());
    }

    public A endActive() {
      return and();
    }
  }

  public V1NodeConfigSource getAssigned() {
    return assigned;
  }

  public A withAssigned(V1NodeConfigSource assigned) {
    this.assigned = assigned;
    return self();
  }

  public boolean hasAssigned() {
    return assigned != null;
  }

  public V1NodeConfigSource buildAssigned() {
    return assigned;
  }

  public AssignedNested withNewAssigned() {
    return new AssignedNested(null);
  }

  public AssignedNested withNewAssignedLike(V1NodeConfigSource item) {
    return new AssignedNested(item);
  }

  public AssignedNested editAssigned() {
    return new AssignedNested(assigned);
  }

  public AssignedNested editOrNewAssigned() {
    return new AssignedNested(assigned != null ? assigned : new V1NodeConfigSource());
  }

  public AssignedNested editOrNewAssignedLike(V1NodeConfigSource item) {
    return new AssignedNested(assigned != null ? assigned : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AssignedNested extends V1NodeConfigSourceFluent<AssignedNested> {
    AssignedNested(V1NodeConfigSource item) {
      super(item);
    }

    public A and() {
      return V1NodeConfigStatusFluent.this.withAssigned(toModel());
    }

    public A endAssigned() {
      return and();
    }
  }

  public String getError() {
    return error;
  }

  public A withError(String error) {
    this.error = error;
    return self();
  }

  public boolean hasError() {
    return error != null;
  }

  public V1NodeConfigSource getLastKnownGood() {
    return lastKnownGood;
  }

  public A withLastKnownGood(V1NodeConfigSource lastKnownGood) {
    this.lastKnownGood = lastKnownGood;
    return self();
  }

  public boolean hasLastKnownGood() {
    return lastKnownGood != null;
  }

  public V1NodeConfigSource buildLastKnownGood() {
    return lastKnownGood;
  }

  public LastKnownGoodNested withNewLastKnownGood() {
    return new LastKnownGoodNested(null);
  }

  public LastKnownGoodNested withNewLastKnownGoodLike(V1NodeConfigSource item) {
    return new LastKnownGoodNested(item);
  }

  public LastKnownGoodNested editLastKnownGood() {
    return new LastKnownGoodNested(lastKnownGood);
  }

  public LastKnownGoodNested editOrNewLastKnownGood() {
    return new LastKnownGoodNested(lastKnownGood != null ? lastKnownGood : new V1NodeConfigSource());
  }

  public LastKnownGoodNested editOrNewLastKnownGoodLike(V1NodeConfigSource item) {
    return new LastKnownGoodNested(lastKnownGood != null ? lastKnownGood : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class LastKnownGoodNested extends V1NodeConfigSourceFluent<LastKnownGoodNested> {
    LastKnownGoodNested(V1NodeConfigSource item) {
      super(item);
    }

    public A and() {
      return V1NodeConfigStatusFluent.this.withLastKnownGood(toModel());
    }

    public A endLastKnownGood() {
      return and();
    }
  }
}
