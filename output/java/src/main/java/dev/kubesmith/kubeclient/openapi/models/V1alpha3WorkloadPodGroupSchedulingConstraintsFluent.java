package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha3WorkloadPodGroupSchedulingConstraints}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3WorkloadPodGroupSchedulingConstraintsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3WorkloadPodGroupSchedulingConstraintsFluent<A extends V1alpha3WorkloadPodGroupSchedulingConstraintsFluent<A>> {
  private List<V1alpha3TopologyConstraint> topology;

  public V1alpha3WorkloadPodGroupSchedulingConstraintsFluent() {}

  public V1alpha3WorkloadPodGroupSchedulingConstraintsFluent(V1alpha3WorkloadPodGroupSchedulingConstraints instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3WorkloadPodGroupSchedulingConstraints instance) {
    if (instance != null) {
      this.topology = instance.getTopology() == null ? null : new ArrayList<>(instance.getTopology());
    }
  }

  /** A new {@link V1alpha3WorkloadPodGroupSchedulingConstraints} holding what was set (lists and maps copied). */
  V1alpha3WorkloadPodGroupSchedulingConstraints toModel() {
    V1alpha3WorkloadPodGroupSchedulingConstraints o = new V1alpha3WorkloadPodGroupSchedulingConstraints();
    o.setTopology(topology == null ? null : new ArrayList<>(topology));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1alpha3TopologyConstraint> getTopology() {
    return topology;
  }

  public A withTopology(List<V1alpha3TopologyConstraint> topology) {
    this.topology = topology == null ? null : new ArrayList<>(topology);
    return self();
  }

  public boolean hasTopology() {
    return topology != null;
  }

  public A withTopology(V1alpha3TopologyConstraint... items) {
    this.topology = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTopology(V1alpha3TopologyConstraint... items) {
    for (V1alpha3TopologyConstraint item : items) {
      addToTopology(-1, item);
    }
    return self();
  }

  public A removeFromTopology(V1alpha3TopologyConstraint... items) {
    return removeAllFromTopology(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTopology(int index, V1alpha3TopologyConstraint item) {
    if (this.topology == null) {
      this.topology = new ArrayList<>();
    }
    if (index < 0 || index >= this.topology.size()) {
      this.topology.add(item);
    } else {
      this.topology.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTopology(int index, V1alpha3TopologyConstraint item) {
    if (index < 0 || this.topology == null || index >= this.topology.size()) {
      return addToTopology(-1, item);
    }
    this.topology.set(index, item);
    return self();
  }

  public A addAllToTopology(Collection<V1alpha3TopologyConstraint> items) {
    for (V1alpha3TopologyConstraint item : items) {
      addToTopology(-1, item);
    }
    return self();
  }

  public A removeAllFromTopology(Collection<V1alpha3TopologyConstraint> items) {
    if (this.topology != null) {
      this.topology.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3TopologyConstraint> buildTopology() {
    return topology;
  }

  public V1alpha3TopologyConstraint buildTopology(int index) {
    return this.topology.get(index);
  }

  public TopologyNested addNewTopology() {
    return new TopologyNested(-1, null);
  }

  public TopologyNested addNewTopologyLike(V1alpha3TopologyConstraint item) {
    return new TopologyNested(-1, item);
  }

  public TopologyNested setNewTopologyLike(int index, V1alpha3TopologyConstraint item) {
    return new TopologyNested(index, item);
  }

  public TopologyNested editTopology(int index) {
    if (this.topology == null || index < 0 || index >= this.topology.size()) {
      throw new IndexOutOfBoundsException("can't edit topology [" + index + "]");
    }
    return new TopologyNested(index, this.topology.get(index));
  }

  public TopologyNested editFirstTopology() {
    return editTopology(0);
  }

  public TopologyNested editLastTopology() {
    return editTopology(this.topology == null ? -1 : this.topology.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TopologyNested extends V1alpha3TopologyConstraintFluent<TopologyNested> {
    private final int index;

    TopologyNested(int index, V1alpha3TopologyConstraint item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha3WorkloadPodGroupSchedulingConstraintsFluent.this.setToTopology(index, toModel());
    }

    public A endTopology() {
      return and();
    }
  }
}
