package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1HTTPIngressRuleValue}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1HTTPIngressRuleValueBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1HTTPIngressRuleValueFluent<A extends V1HTTPIngressRuleValueFluent<A>> {
  private List<V1HTTPIngressPath> paths;

  public V1HTTPIngressRuleValueFluent() {}

  public V1HTTPIngressRuleValueFluent(V1HTTPIngressRuleValue instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1HTTPIngressRuleValue instance) {
    if (instance != null) {
      this.paths = instance.getPaths() == null ? null : new ArrayList<>(instance.getPaths());
    }
  }

  /** A new {@link V1HTTPIngressRuleValue} holding what was set (lists and maps copied). */
  V1HTTPIngressRuleValue toModel() {
    V1HTTPIngressRuleValue o = new V1HTTPIngressRuleValue();
    o.setPaths(paths == null ? null : new ArrayList<>(paths));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1HTTPIngressPath> getPaths() {
    return paths;
  }

  public A withPaths(List<V1HTTPIngressPath> paths) {
    this.paths = paths == null ? null : new ArrayList<>(paths);
    return self();
  }

  public boolean hasPaths() {
    return paths != null;
  }

  public A withPaths(V1HTTPIngressPath... items) {
    this.paths = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPaths(V1HTTPIngressPath... items) {
    for (V1HTTPIngressPath item : items) {
      addToPaths(-1, item);
    }
    return self();
  }

  public A removeFromPaths(V1HTTPIngressPath... items) {
    return removeAllFromPaths(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPaths(int index, V1HTTPIngressPath item) {
    if (this.paths == null) {
      this.paths = new ArrayList<>();
    }
    if (index < 0 || index >= this.paths.size()) {
      this.paths.add(item);
    } else {
      this.paths.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPaths(int index, V1HTTPIngressPath item) {
    if (index < 0 || this.paths == null || index >= this.paths.size()) {
      return addToPaths(-1, item);
    }
    this.paths.set(index, item);
    return self();
  }

  public A addAllToPaths(Collection<V1HTTPIngressPath> items) {
    for (V1HTTPIngressPath item : items) {
      addToPaths(-1, item);
    }
    return self();
  }

  public A removeAllFromPaths(Collection<V1HTTPIngressPath> items) {
    if (this.paths != null) {
      this.paths.removeAll(items);
    }
    return self();
  }

  public List<V1HTTPIngressPath> buildPaths() {
    return paths;
  }

  public V1HTTPIngressPath buildPath(int index) {
    return this.paths.get(index);
  }

  public PathsNested addNewPath() {
    return new PathsNested(-1, null);
  }

  public PathsNested addNewPathLike(V1HTTPIngressPath item) {
    return new PathsNested(-1, item);
  }

  public PathsNested setNewPathLike(int index, V1HTTPIngressPath item) {
    return new PathsNested(index, item);
  }

  public PathsNested editPath(int index) {
    if (this.paths == null || index < 0 || index >= this.paths.size()) {
      throw new IndexOutOfBoundsException("can't edit paths [" + index + "]");
    }
    return new PathsNested(index, this.paths.get(index));
  }

  public PathsNested editFirstPath() {
    return editPath(0);
  }

  public PathsNested editLastPath() {
    return editPath(this.paths == null ? -1 : this.paths.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PathsNested extends V1HTTPIngressPathFluent<PathsNested> {
    private final int index;

    PathsNested(int index, V1HTTPIngressPath item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1HTTPIngressRuleValueFluent.this.setToPaths(index, toModel());
    }

    public A endPath() {
      return and();
    }
  }
}
