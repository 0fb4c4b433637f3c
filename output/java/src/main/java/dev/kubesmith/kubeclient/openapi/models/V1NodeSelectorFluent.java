package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NodeSelector}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeSelectorBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeSelectorFluent<A extends V1NodeSelectorFluent<A>> {
  private List<V1NodeSelectorTerm> nodeSelectorTerms;

  public V1NodeSelectorFluent() {}

  public V1NodeSelectorFluent(V1NodeSelector instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeSelector instance) {
    if (instance != null) {
      this.nodeSelectorTerms = instance.getNodeSelectorTerms() == null ? null : new ArrayList<>(instance.getNodeSelectorTerms());
    }
  }

  /** A new {@link V1NodeSelector} holding what was set (lists and maps copied). */
  V1NodeSelector toModel() {
    V1NodeSelector o = new V1NodeSelector();
    o.setNodeSelectorTerms(nodeSelectorTerms == null ? null : new ArrayList<>(nodeSelectorTerms));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1NodeSelectorTerm> getNodeSelectorTerms() {
    return nodeSelectorTerms;
  }

  public A withNodeSelectorTerms(List<V1NodeSelectorTerm> nodeSelectorTerms) {
    this.nodeSelectorTerms = nodeSelectorTerms == null ? null : new ArrayList<>(nodeSelectorTerms);
    return self();
  }

  public boolean hasNodeSelectorTerms() {
    return nodeSelectorTerms != null;
  }

  public A withNodeSelectorTerms(V1NodeSelectorTerm... items) {
    this.nodeSelectorTerms = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNodeSelectorTerms(V1NodeSelectorTerm... items) {
    for (V1NodeSelectorTerm item : items) {
      addToNodeSelectorTerms(-1, item);
    }
    return self();
  }

  public A removeFromNodeSelectorTerms(V1NodeSelectorTerm... items) {
    return removeAllFromNodeSelectorTerms(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNodeSelectorTerms(int index, V1NodeSelectorTerm item) {
    if (this.nodeSelectorTerms == null) {
      this.nodeSelectorTerms = new ArrayList<>();
    }
    if (index < 0 || index >= this.nodeSelectorTerms.size()) {
      this.nodeSelectorTerms.add(item);
    } else {
      this.nodeSelectorTerms.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNodeSelectorTerms(int index, V1NodeSelectorTerm item) {
    if (index < 0 || this.nodeSelectorTerms == null || index >= this.nodeSelectorTerms.size()) {
      return addToNodeSelectorTerms(-1, item);
    }
    this.nodeSelectorTerms.set(index, item);
    return self();
  }

  public A addAllToNodeSelectorTerms(Collection<V1NodeSelectorTerm> items) {
    for (V1NodeSelectorTerm item : items) {
      addToNodeSelectorTerms(-1, item);
    }
    return self();
  }

  public A removeAllFromNodeSelectorTerms(Collection<V1NodeSelectorTerm> items) {
    if (this.nodeSelectorTerms != null) {
      this.nodeSelectorTerms.removeAll(items);
    }
    return self();
  }

  public List<V1NodeSelectorTerm> buildNodeSelectorTerms() {
    return nodeSelectorTerms;
  }

  public V1NodeSelectorTerm buildNodeSelectorTerm(int index) {
    return this.nodeSelectorTerms.get(index);
  }

  public NodeSelectorTermsNested addNewNodeSelectorTerm() {
    return new NodeSelectorTermsNested(-1, null);
  }

  public NodeSelectorTermsNested addNewNodeSelectorTermLike(V1NodeSelectorTerm item) {
    return new NodeSelectorTermsNested(-1, item);
  }

  public NodeSelectorTermsNested setNewNodeSelectorTermLike(int index, V1NodeSelectorTerm item) {
    return new NodeSelectorTermsNested(index, item);
  }

  public NodeSelectorTermsNested editNodeSelectorTerm(int index) {
    if (this.nodeSelectorTerms == null || index < 0 || index >= this.nodeSelectorTerms.size()) {
      throw new IndexOutOfBoundsException("can't edit nodeSelectorTerms [" + index + "]");
    }
    return new NodeSelectorTermsNested(index, this.nodeSelectorTerms.get(index));
  }

  public NodeSelectorTermsNested editFirstNodeSelectorTerm() {
    return editNodeSelectorTerm(0);
  }

  public NodeSelectorTermsNested editLastNodeSelectorTerm() {
    return editNodeSelectorTerm(this.nodeSelectorTerms == null ? -1 : this.nodeSelectorTerms.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class NodeSelectorTermsNested extends V1NodeSelectorTermFluent<NodeSelectorTermsNested> {
    private final int index;

    NodeSelectorTermsNested(int index, V1NodeSelectorTerm item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeSelectorFluent.this.setToNodeSelectorTerms(index, toModel());
    }

    public A endNodeSelectorTerm() {
      return and();
    }
  }
}
