package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1AggregationRule}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1AggregationRuleBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1AggregationRuleFluent<A extends V1AggregationRuleFluent<A>> {
  private List<V1LabelSelector> clusterRoleSelectors;

  public V1AggregationRuleFluent() {}

  public V1AggregationRuleFluent(V1AggregationRule instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1AggregationRule instance) {
    if (instance != null) {
      this.clusterRoleSelectors = instance.getClusterRoleSelectors() == null ? null : new ArrayList<>(instance.getClusterRoleSelectors());
    }
  }

  /** A new {@link V1AggregationRule} holding what was set (lists and maps copied). */
  V1AggregationRule toModel() {
    V1AggregationRule o = new V1AggregationRule();
    o.setClusterRoleSelectors(clusterRoleSelectors == null ? null : new ArrayList<>(clusterRoleSelectors));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1LabelSelector> getClusterRoleSelectors() {
    return clusterRoleSelectors;
  }

  public A withClusterRoleSelectors(List<V1LabelSelector> clusterRoleSelectors) {
    this.clusterRoleSelectors = clusterRoleSelectors == null ? null : new ArrayList<>(clusterRoleSelectors);
    return self();
  }

  public boolean hasClusterRoleSelectors() {
    return clusterRoleSelectors != null;
  }

  public A withClusterRoleSelectors(V1LabelSelector... items) {
    this.clusterRoleSelectors = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToClusterRoleSelectors(V1LabelSelector... items) {
    for (V1LabelSelector item : items) {
      addToClusterRoleSelectors(-1, item);
    }
    return self();
  }

  public A removeFromClusterRoleSelectors(V1LabelSelector... items) {
    return removeAllFromClusterRoleSelectors(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToClusterRoleSelectors(int index, V1LabelSelector item) {
    if (this.clusterRoleSelectors == null) {
      this.clusterRoleSelectors = new ArrayList<>();
    }
    if (index < 0 || index >= this.clusterRoleSelectors.size()) {
      this.clusterRoleSelectors.add(item);
    } else {
      this.clusterRoleSelectors.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToClusterRoleSelectors(int index, V1LabelSelector item) {
    if (index < 0 || this.clusterRoleSelectors == null || index >= this.clusterRoleSelectors.size()) {
      return addToClusterRoleSelectors(-1, item);
    }
    this.clusterRoleSelectors.set(index, item);
    return self();
  }

  public A addAllToClusterRoleSelectors(Collection<V1LabelSelector> items) {
    for (V1LabelSelector item : items) {
      addToClusterRoleSelectors(-1, item);
    }
    return self();
  }

  public A removeAllFromClusterRoleSelectors(Collection<V1LabelSelector> items) {
    if (this.clusterRoleSelectors != null) {
      this.clusterRoleSelectors.removeAll(items);
    }
    return self();
  }

  public List<V1LabelSelector> buildClusterRoleSelectors() {
    return clusterRoleSelectors;
  }

  public V1LabelSelector buildClusterRoleSelector(int index) {
    return this.clusterRoleSelectors.get(index);
  }

  public ClusterRoleSelectorsNested addNewClusterRoleSelector() {
    return new ClusterRoleSelectorsNested(-1, null);
  }

  public ClusterRoleSelectorsNested addNewClusterRoleSelectorLike(V1LabelSelector item) {
    return new ClusterRoleSelectorsNested(-1, item);
  }

  public ClusterRoleSelectorsNested setNewClusterRoleSelectorLike(int index, V1LabelSelector item) {
    return new ClusterRoleSelectorsNested(index, item);
  }

  public ClusterRoleSelectorsNested editClusterRoleSelector(int index) {
    if (this.clusterRoleSelectors == null || index < 0 || index >= this.clusterRoleSelectors.size()) {
      throw new IndexOutOfBoundsException("can't edit clusterRoleSelectors [" + index + "]");
    }
    return new ClusterRoleSelectorsNested(index, this.clusterRoleSelectors.get(index));
  }

  public ClusterRoleSelectorsNested editFirstClusterRoleSelector() {
    return editClusterRoleSelector(0);
  }

  public ClusterRoleSelectorsNested editLastClusterRoleSelector() {
    return editClusterRoleSelector(this.clusterRoleSelectors == null ? -1 : this.clusterRoleSelectors.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ClusterRoleSelectorsNested extends V1LabelSelectorFluent<ClusterRoleSelectorsNested> {
    private final int index;

    ClusterRoleSelectorsNested(int index, V1LabelSelector item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1AggregationRuleFluent.this.setToClusterRoleSelectors(index, toModel());
    }

    public A endClusterRoleSelector() {
      return and();
    }
  }
}
