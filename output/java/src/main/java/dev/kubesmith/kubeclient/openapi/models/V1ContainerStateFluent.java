package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1ContainerState}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerStateBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerStateFluent<A extends V1ContainerStateFluent<A>> {
  private V1ContainerStateRunning running;
  private V1ContainerStateTerminated terminated;
  private V1ContainerStateWaiting waiting;

  public V1ContainerStateFluent() {}

  public V1ContainerStateFluent(V1ContainerState instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerState instance) {
    if (instance != null) {
      this.running = instance.getRunning();
      this.terminated = instance.getTerminated();
      this.waiting = instance.getWaiting();
    }
  }

  /** A new {@link V1ContainerState} holding what was set (lists and maps copied). */
  V1ContainerState toModel() {
    V1ContainerState o = new V1ContainerState();
    o.setRunning(running);
    o.setTerminated(terminated);
    o.setWaiting(waiting);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1ContainerStateRunning getRunning() {
    return running;
  }

  public A withRunning(V1ContainerStateRunning running) {
    this.running = running;
    return self();
  }

  public boolean hasRunning() {
    return running != null;
  }

  public V1ContainerStateRunning buildRunning() {
    return running;
  }

  public RunningNested withNewRunning() {
    return new RunningNested(null);
  }

  public RunningNested withNewRunningLike(V1ContainerStateRunning item) {
    return new RunningNested(item);
  }

  public RunningNested editRunning() {
    return new RunningNested(running);
  }

  public RunningNested editOrNewRunning() {
    return new RunningNested(running != null ? running : new V1ContainerStateRunning());
  }

  public RunningNested editOrNewRunningLike(V1ContainerStateRunning item) {
    return new RunningNested(running != null ? running : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RunningNested extends V1ContainerStateRunningFluent<RunningNested> {
    RunningNested(V1ContainerStateRunning item) {
      super(item);
    }

    public A and() {
      return V1ContainerStateFluent.this.withRunning(toModel());
    }

    public A endRunning() {
      return and();
    }
  }

  public V1ContainerStateTerminated getTerminated() {
    return terminated;
  }

  public A withTerminated(V1ContainerStateTerminated terminated) {
    this.terminated = terminated;
    return self();
  }

  public boolean hasTerminated() {
    return terminated != null;
  }

  public V1ContainerStateTerminated buildTerminated() {
    return terminated;
  }

  public TerminatedNested withNewTerminated() {
    return new TerminatedNested(null);
  }

  public TerminatedNested withNewTerminatedLike(V1ContainerStateTerminated item) {
    return new TerminatedNested(item);
  }

  public TerminatedNested editTerminated() {
    return new TerminatedNested(terminated);
  }

  public TerminatedNested editOrNewTerminated() {
    return new TerminatedNested(terminated != null ? terminated : new V1ContainerStateTerminated());
  }

  public TerminatedNested editOrNewTerminatedLike(V1ContainerStateTerminated item) {
    return new TerminatedNested(terminated != null ? terminated : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class TerminatedNested extends V1ContainerStateTerminatedFluent<TerminatedNested> {
    TerminatedNested(V1ContainerStateTerminated item) {
      super(item);
    }

    public A and() {
      return V1ContainerStateFluent.this.withTerminated(toModel());
    }

    public A endTerminated() {
      return and();
    }
  }

  public V1ContainerStateWaiting getWaiting() {
    return waiting;
  }

  public A withWaiting(V1ContainerStateWaiting waiting) {
    this.waiting = waiting;
    return self();
  }

  public boolean hasWaiting() {
    return waiting != null;
  }

  public V1ContainerStateWaiting buildWaiting() {
    return waiting;
  }

  public WaitingNested withNewWaiting() {
    return new WaitingNested(null);
  }

  public WaitingNested withNewWaitingLike(V1ContainerStateWaiting item) {
    return new WaitingNested(item);
  }

  public WaitingNested editWaiting() {
    return new WaitingNested(waiting);
  }

  public WaitingNested editOrNewWaiting() {
    return new WaitingNested(waiting != null ? waiting : new V1ContainerStateWaiting());
  }

  public WaitingNested editOrNewWaitingLike(V1ContainerStateWaiting item) {
    return new WaitingNested(waiting != null ? waiting : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class WaitingNested extends V1ContainerStateWaitingFluent<WaitingNested> {
    WaitingNested(V1ContainerStateWaiting item) {
      super(item);
    }

    public A and() {
      return V1ContainerStateFluent.this.withWaiting(toModel());
    }

    public A endWaiting() {
      return and();
    }
  }
}
