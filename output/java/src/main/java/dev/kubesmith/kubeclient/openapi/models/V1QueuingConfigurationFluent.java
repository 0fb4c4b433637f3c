package dev.kubesmith.kubeclient.openapi.models;


/**
 * The fluent setters of {@link V1QueuingConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1QueuingConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1QueuingConfigurationFluent<A extends V1QueuingConfigurationFluent<A>> {
  private Integer handSize;
  private Integer queueLengthLimit;
  private Integer queues;

  public V1QueuingConfigurationFluent() {}

  public V1QueuingConfigurationFluent(V1QueuingConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1QueuingConfiguration instance) {
    if (instance != null) {
      this.handSize = instance.getHandSize();
      this.queueLengthLimit = instance.getQueueLengthLimit();
      this.queues = instance.getQueues();
    }
  }

  /** A new {@link V1QueuingConfiguration} holding what was set (lists and maps copied). */
  V1QueuingConfiguration toModel() {
    V1QueuingConfiguration o = new V1QueuingConfiguration();
    o.setHandSize(handSize);
    o.setQueueLengthLimit(queueLengthLimit);
    o.setQueues(queues);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getHandSize() {
    return handSize;
  }

  public A withHandSize(Integer handSize) {
    this.handSize = handSize;
    return self();
  }

  public boolean hasHandSize() {
    return handSize != null;
  }

  public Integer getQueueLengthLimit() {
    return queueLengthLimit;
  }

  public A withQueueLengthLimit(Integer queueLengthLimit) {
    this.queueLengthLimit = queueLengthLimit;
    return self();
  }

  public boolean hasQueueLengthLimit() {
    return queueLengthLimit != null;
  }

  public Integer getQueues() {
    return queues;
  }

  public A withQueues(Integer queues) {
    this.queues = queues;
    return self();
  }

  public boolean hasQueues() {
    return queues != null;
  }
}
