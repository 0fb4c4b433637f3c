package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1Scheduling}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SchedulingBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SchedulingFluent<A extends V1SchedulingFluent<A>> {
  private Map<String, String> nodeSelector;
  private List<V1Toleration> tolerations;

  public V1SchedulingFluent() {}

  public V1SchedulingFluent(V1Scheduling instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Scheduling instance) {
    if (instance != null) {
      this.nodeSelector = instance.getNodeSelector() == null ? null : new LinkedHashMap<>(instance.getNodeSelector());
      this.tolerations = instance.getTolerations() == null ? null : new ArrayList<>(instance.getTolerations());
    }
  }

  /** A new {@link V1Scheduling} holding what was set (lists and maps copied). */
  V1Scheduling toModel() {
    V1Scheduling o = new V1Scheduling();
    o.setNodeSelector(nodeSelector == null ? null : new LinkedHashMap<>(nodeSelector));
    o.setTolerations(tolerations == null ? null : new ArrayList<>(tolerations));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, String> getNodeSelector() {
    return nodeSelector;
  }

  public A withNodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector == null ? null : new LinkedHashMap<>(nodeSelector);
    return self();
  }

  public boolean hasNodeSelector() {
    return nodeSelector != null;
  }

  public A addToNodeSelector(String key, String value) {
    if (this.nodeSelector == null) {
      this.nodeSelector = new LinkedHashMap<>();
    }
    this.nodeSelector.put(key, value);
    return self();
  }

  public A addToNodeSelector(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToNodeSelector(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromNodeSelector(String key) {
    if (this.nodeSelector != null) {
      this.nodeSelector.remove(key);
    }
    return self();
  }

  public A removeFromNodeSelector(Map<String, String> map) {
    if (this.nodeSelector != null && map != null) {
      this.nodeSelector.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<V1Toleration> getTolerations() {
    return tolerations;
  }

  public A withTolerations(List<V1Toleration> tolerations) {
    this.tolerations = tolerations == null ? null : new ArrayList<>(tolerations);
    return self();
  }

  public boolean hasTolerations() {
    return tolerations != null;
  }

  public A withTolerations(V1Toleration... items) {
    this.tolerations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTolerations(V1Toleration... items) {
    for (V1Toleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeFromTolerations(V1Toleration... items) {
    return removeAllFromTolerations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTolerations(int index, V1Toleration item) {
    if (this.tolerations == null) {
      this.tolerations = new ArrayList<>();
    }
    if (index < 0 || index >= this.tolerations.size()) {
      this.tolerations.add(item);
    } else {
      this.tolerations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTolerations(int index, V1Toleration item) {
    if (index < 0 || this.tolerations == null || index >= this.tolerations.size()) {
      return addToTolerations(-1, item);
    }
    this.tolerations.set(index, item);
    return self();
  }

  public A addAllToTolerations(Collection<V1Toleration> items) {
    for (V1Toleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeAllFromTolerations(Collection<V1Toleration> items) {
    if (this.tolerations != null) {
      this.tolerations.removeAll(items);
    }
    return self();
  }

  public List<V1Toleration> buildTolerations() {
    return tolerations;
  }

  public V1Toleration buildToleration(int index) {
    return this.tolerations.get(index);
  }

  public TolerationsNested addNewToleration() {
    return new TolerationsNested(-1, null);
  }

  public TolerationsNested addNewTolerationLike(V1Toleration item) {
    return new TolerationsNested(-1, item);
  }

  public TolerationsNested setNewTolerationLike(int index, V1Toleration item) {
    return new TolerationsNested(index, item);
  }

  public TolerationsNested editToleration(int index) {
    if (this.tolerations == null || index < 0 || index >= this.tolerations.size()) {
      throw new IndexOutOfBoundsException("can't edit tolerations [" + index + "]");
    }
    return new TolerationsNested(index, this.tolerations.get(index));
  }

  public TolerationsNested editFirstToleration() {
    return editToleration(0);
  }

  public TolerationsNested editLastToleration() {
    return editToleration(this.tolerations == null ? -1 : this.tolerations.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TolerationsNested extends V1TolerationFluent<TolerationsNested> {
    private final int index;

    TolerationsNested(int index, V1Toleration item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1SchedulingFluent.this.setToTolerations(index, toModel());
    }

    public A endToleration() {
      return and();
    }
  }
}
