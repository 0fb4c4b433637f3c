package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1UncountedTerminatedPods}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1UncountedTerminatedPodsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1UncountedTerminatedPodsFluent<A extends V1UncountedTerminatedPodsFluent<A>> {
  private List<String> failed;
  private List<String> succeeded;

  public V1UncountedTerminatedPodsFluent() {}

  public V1UncountedTerminatedPodsFluent(V1UncountedTerminatedPods instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1UncountedTerminatedPods instance) {
    if (instance != null) {
      this.failed = instance.getFailed() == null ? null : new ArrayList<>(instance.getFailed());
      this.succeeded = instance.getSucceeded() == null ? null : new ArrayList<>(instance.getSucceeded());
    }
  }

  /** A new {@link V1UncountedTerminatedPods} holding what was set (lists and maps copied). */
  V1UncountedTerminatedPods toModel() {
    V1UncountedTerminatedPods o = new V1UncountedTerminatedPods();
    o.setFailed(failed == null ? null : new ArrayList<>(failed));
    o.setSucceeded(succeeded == null ? null : new ArrayList<>(succeeded));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getFailed() {
    return failed;
  }

  public A withFailed(List<String> failed) {
    this.failed = failed == null ? null : new ArrayList<>(failed);
    return self();
  }

  public boolean hasFailed() {
    return failed != null;
  }

  public A withFailed(String... items) {
    this.failed = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToFailed(String... items) {
    for (String item : items) {
      addToFailed(-1, item);
    }
    return self();
  }

  public A removeFromFailed(String... items) {
    return removeAllFromFailed(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToFailed(int index, String item) {
    if (this.failed == null) {
      this.failed = new ArrayList<>();
    }
    if (index < 0 || index >= this.failed.size()) {
      this.failed.add(item);
    } else {
      this.failed.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToFailed(int index, String item) {
    if (index < 0 || this.failed == null || index >= this.failed.size()) {
      return addToFailed(-1, item);
    }
    this.failed.set(index, item);
    return self();
  }

  public A addAllToFailed(Collection<String> items) {
    for (String item : items) {
      addToFailed(-1, item);
    }
    return self();
  }

  public A removeAllFromFailed(Collection<String> items) {
    if (this.failed != null) {
      this.failed.removeAll(items);
    }
    return self();
  }

  public List<String> getSucceeded() {
    return succeeded;
  }

  public A withSucceeded(List<String> succeeded) {
    this.succeeded = succeeded == null ? null : new ArrayList<>(succeeded);
    return self();
  }

  public boolean hasSucceeded() {
    return succeeded != null;
  }

  public A withSucceeded(String... items) {
    this.succeeded = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSucceeded(String... items) {
    for (String item : items) {
      addToSucceeded(-1, item);
    }
    return self();
  }

  public A removeFromSucceeded(String... items) {
    return removeAllFromSucceeded(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSucceeded(int index, String item) {
    if (this.succeeded == null) {
      this.succeeded = new ArrayList<>();
    }
    if (index < 0 || index >= this.succeeded.size()) {
      this.succeeded.add(item);
    } else {
      this.succeeded.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSucceeded(int index, String item) {
    if (index < 0 || this.succeeded == null || index >= this.succeeded.size()) {
      return addToSucceeded(-1, item);
    }
    this.succeeded.set(index, item);
    return self();
  }

  public A addAllToSucceeded(Collection<String> items) {
    for (String item : items) {
      addToSucceeded(-1, item);
    }
    return self();
  }

  public A removeAllFromSucceeded(Collection<String> items) {
    if (this.succeeded != null) {
      this.succeeded.removeAll(items);
    }
    return self();
  }
}
