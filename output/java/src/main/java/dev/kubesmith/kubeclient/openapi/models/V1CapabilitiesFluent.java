package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1Capabilities}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CapabilitiesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CapabilitiesFluent<A extends V1CapabilitiesFluent<A>> {
  private List<String> add;
  private List<String> drop;

  public V1CapabilitiesFluent() {}

  public V1CapabilitiesFluent(V1Capabilities instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Capabilities instance) {
    if (instance != null) {
      this.add = instance.getAdd() == null ? null : new ArrayList<>(instance.getAdd());
      this.drop = instance.getDrop() == null ? null : new ArrayList<>(instance.getDrop());
    }
  }

  /** A new {@link V1Capabilities} holding what was set (lists and maps copied). */
  V1Capabilities toModel() {
    V1Capabilities o = new V1Capabilities();
    o.setAdd(add == null ? null : new ArrayList<>(add));
    o.setDrop(drop == null ? null : new ArrayList<>(drop));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getAdd() {
    return add;
  }

  public A withAdd(List<String> add) {
    this.add = add == null ? null : new ArrayList<>(add);
    return self();
  }

  public boolean hasAdd() {
    return add != null;
  }

  public A withAdd(String... items) {
    this.add = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAdd(String... items) {
    for (String item : items) {
      addToAdd(-1, item);
    }
    return self();
  }

  public A removeFromAdd(String... items) {
    return removeAllFromAdd(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAdd(int index, String item) {
    if (this.add == null) {
      this.add = new ArrayList<>();
    }
    if (index < 0 || index >= this.add.size()) {
      this.add.add(item);
    } else {
      this.add.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAdd(int index, String item) {
    if (index < 0 || this.add == null || index >= this.add.size()) {
      return addToAdd(-1, item);
    }
    this.add.set(index, item);
    return self();
  }

  public A addAllToAdd(Collection<String> items) {
    for (String item : items) {
      addToAdd(-1, item);
    }
    return self();
  }

  public A removeAllFromAdd(Collection<String> items) {
    if (this.add != null) {
      this.add.removeAll(items);
    }
    return self();
  }

  public List<String> getDrop() {
    return drop;
  }

  public A withDrop(List<String> drop) {
    this.drop = drop == null ? null : new ArrayList<>(drop);
    return self();
  }

  public boolean hasDrop() {
    return drop != null;
  }

  public A withDrop(String... items) {
    this.drop = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDrop(String... items) {
    for (String item : items) {
      addToDrop(-1, item);
    }
    return self();
  }

  public A removeFromDrop(String... items) {
    return removeAllFromDrop(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDrop(int index, String item) {
    if (this.drop == null) {
      this.drop = new ArrayList<>();
    }
    if (index < 0 || index >= this.drop.size()) {
      this.drop.add(item);
    } else {
      this.drop.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDrop(int index, String item) {
    if (index < 0 || this.drop == null || index >= this.drop.size()) {
      return addToDrop(-1, item);
    }
    this.drop.set(index, item);
    return self();
  }

  public A addAllToDrop(Collection<String> items) {
    for (String item : items) {
      addToDrop(-1, item);
    }
    return self();
  }

  public A removeAllFromDrop(Collection<String> items) {
    if (this.drop != null) {
      this.drop.removeAll(items);
    }
    return self();
  }
}
