package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1EndpointHints}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EndpointHintsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EndpointHintsFluent<A extends V1EndpointHintsFluent<A>> {
  private List<V1ForNode> forNodes;
  private List<V1ForZone> forZones;

  public V1EndpointHintsFluent() {}

  public V1EndpointHintsFluent(V1EndpointHints instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EndpointHints instance) {
    if (instance != null) {
      this.forNodes = instance.getForNodes() == null ? null : new ArrayList<>(instance.getForNodes());
      this.forZones = instance.getForZones() == null ? null : new ArrayList<>(instance.getForZones());
    }
  }

  /** A new {@link V1EndpointHints} holding what was set (lists and maps copied). */
  V1EndpointHints toModel() {
    V1EndpointHints o = new V1EndpointHints();
    o.setForNodes(forNodes == null ? null : new ArrayList<>(forNodes));
    o.setForZones(forZones == null ? null : new ArrayList<>(forZones));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1ForNode> getForNodes() {
    return forNodes;
  }

  public A withForNodes(List<V1ForNode> forNodes) {
    this.forNodes = forNodes == null ? null : new ArrayList<>(forNodes);
    return self();
  }

  public boolean hasForNodes() {
    return forNodes != null;
  }

  public A withForNodes(V1ForNode... items) {
    this.forNodes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToForNodes(V1ForNode... items) {
    for (V1ForNode item : items) {
      addToForNodes(-1, item);
    }
    return self();
  }

  public A removeFromForNodes(V1ForNode... items) {
    return removeAllFromForNodes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToForNodes(int index, V1ForNode item) {
    if (this.forNodes == null) {
      this.forNodes = new ArrayList<>();
    }
    if (index < 0 || index >= this.forNodes.size()) {
      this.forNodes.add(item);
    } else {
      this.forNodes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToForNodes(int index, V1ForNode item) {
    if (index < 0 || this.forNodes == null || index >= this.forNodes.size()) {
      return addToForNodes(-1, item);
    }
    this.forNodes.set(index, item);
    return self();
  }

  public A addAllToForNodes(Collection<V1ForNode> items) {
    for (V1ForNode item : items) {
      addToForNodes(-1, item);
    }
    return self();
  }

  public A removeAllFromForNodes(Collection<V1ForNode> items) {
    if (this.forNodes != null) {
      this.forNodes.removeAll(items);
    }
    return self();
  }

  public List<V1ForNode> buildForNodes() {
    return forNodes;
  }

  public V1ForNode buildForNode(int index) {
    return this.forNodes.get(index);
  }

  public ForNodesNested addNewForNode() {
    return new ForNodesNested(-1, null);
  }

  public ForNodesNested addNewForNodeLike(V1ForNode item) {
    return new ForNodesNested(-1, item);
  }

  public ForNodesNested setNewForNodeLike(int index, V1ForNode item) {
    return new ForNodesNested(index, item);
  }

  public ForNodesNested editForNode(int index) {
    if (this.forNodes == null || index < 0 || index >= this.forNodes.size()) {
      throw new IndexOutOfBoundsException("can't edit forNodes [" + index + "]");
    }
    return new ForNodesNested(index, this.forNodes.get(index));
  }

  public ForNodesNested editFirstForNode() {
    return editForNode(0);
  }

  public ForNodesNested editLastForNode() {
    return editForNode(this.forNodes == null ? -1 : this.forNodes.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ForNodesNested extends V1ForNodeFluent<ForNodesNested> {
    private final int index;

    ForNodesNested(int index, V1ForNode item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EndpointHintsFluent.this.setToForNodes(index, toModel());
    }

    public A endForNode() {
      return and();
    }
  }

  public List<V1ForZone> getForZones() {
    return forZones;
  }

  public A withForZones(List<V1ForZone> forZones) {
    this.forZones = forZones == null ? null : new ArrayList<>(forZones);
    return self();
  }

  public boolean hasForZones() {
    return forZones != null;
  }

  public A withForZones(V1ForZone... items) {
    this.forZones = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToForZones(V1ForZone... items) {
    for (V1ForZone item : items) {
      addToForZones(-1, item);
    }
    return self();
  }

  public A removeFromForZones(V1ForZone... items) {
    return removeAllFromForZones(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToForZones(int index, V1ForZone item) {
    if (this.forZones == null) {
      this.forZones = new ArrayList<>();
    }
    if (index < 0 || index >= this.forZones.size()) {
      this.forZones.add(item);
    } else {
      this.forZones.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToForZones(int index, V1ForZone item) {
    if (index < 0 || this.forZones == null || index >= this.forZones.size()) {
      return addToForZones(-1, item);
    }
    this.forZones.set(index, item);
    return self();
  }

  public A addAllToForZones(Collection<V1ForZone> items) {
    for (V1ForZone item : items) {
      addToForZones(-1, item);
    }
    return self();
  }

  public A removeAllFromForZones(Collection<V1ForZone> items) {
    if (this.forZones != null) {
      this.forZones.removeAll(items);
    }
    return self();
  }

  public List<V1ForZone> buildForZones() {
    return forZones;
  }

  public V1ForZone buildForZone(int index) {
    return this.forZones.get(index);
  }

  public ForZonesNested addNewForZone() {
    return new ForZonesNested(-1, null);
  }

  public ForZonesNested addNewForZoneLike(V1ForZone item) {
    return new ForZonesNested(-1, item);
  }

  public ForZonesNested setNewForZoneLike(int index, V1ForZone item) {
    return new ForZonesNested(index, item);
  }

  public ForZonesNested editForZone(int index) {
    if (this.forZones == null || index < 0 || index >= this.forZones.size()) {
      throw new IndexOutOfBoundsException("can't edit forZones [" + index + "]");
    }
    return new ForZonesNested(index, this.forZones.get(index));
  }

  public ForZonesNested editFirstForZone() {
    return editForZone(0);
  }

  public ForZonesNested editLastForZone() {
    return editForZone(this.forZones == null ? -1 : this.forZones.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ForZonesNested extends V1ForZoneFluent<ForZonesNested> {
    private final int index;

    ForZonesNested(int index, V1ForZone item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EndpointHintsFluent.this.setToForZones(index, toModel());
    }

    public A endForZone() {
      return and();
    }
  }
}
