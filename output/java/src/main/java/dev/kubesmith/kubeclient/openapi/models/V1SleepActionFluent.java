package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1SleepAction}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SleepActionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SleepActionFluent<A extends V1SleepActionFluent<A>> {
  private Long seconds;

  public V1SleepActionFluent() {}

  public V1SleepActionFluent(V1SleepAction instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SleepAction instance) {
    if (instance != null) {
      this.seconds = instance.getSeconds();
    }
  }

  /** A new {@link V1SleepAction} holding what was set (lists and maps copied). */
  V1SleepAction toModel() {
    V1SleepAction o = new V1SleepAction();
    o.setSeconds(seconds);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Long getSeconds() {
    return seconds;
  }

  public A withSeconds(Long seconds) {
    this.seconds = seconds;
    return self();
  }

  public boolean hasSeconds() {
    return seconds != null;
  }
}
