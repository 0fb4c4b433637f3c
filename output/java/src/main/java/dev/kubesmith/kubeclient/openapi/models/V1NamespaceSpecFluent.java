package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1NamespaceSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NamespaceSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NamespaceSpecFluent<A extends V1NamespaceSpecFluent<A>> {
  private List<String> finalizers;

  public V1NamespaceSpecFluent() {}

  public V1NamespaceSpecFluent(V1NamespaceSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NamespaceSpec instance) {
    if (instance != null) {
      this.finalizers = instance.getFinalizers() == null ? null : new ArrayList<>(instance.getFinalizers());
    }
  }

  /** A new {@link V1NamespaceSpec} holding what was set (lists and maps copied). */
  V1NamespaceSpec toModel() {
    V1NamespaceSpec o = new V1NamespaceSpec();
    o.setFinalizers(finalizers == null ? null : new ArrayList<>(finalizers));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getFinalizers() {
    return finalizers;
  }

  public A withFinalizers(List<String> finalizers) {
    this.finalizers = finalizers == null ? null : new ArrayList<>(finalizers);
    return self();
  }

  public boolean hasFinalizers() {
    return finalizers != null;
  }

  public A withFinalizers(String... items) {
    this.finalizers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToFinalizers(String... items) {
    for (String item : items) {
      addToFinalizers(-1, item);
    }
    return self();
  }

  public A removeFromFinalizers(String... items) {
    return removeAllFromFinalizers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToFinalizers(int index, String item) {
    if (this.finalizers == null) {
      this.finalizers = new ArrayList<>();
    }
    if (index < 0 || index >= this.finalizers.size()) {
      this.finalizers.add(item);
    } else {
      this.finalizers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToFinalizers(int index, String item) {
    if (index < 0 || this.finalizers == null || index >= this.finalizers.size()) {
      return addToFinalizers(-1, item);
    }
    this.finalizers.set(index, item);
    return self();
  }

  public A addAllToFinalizers(Collection<String> items) {
    for (String item : items) {
      addToFinalizers(-1, item);
    }
    return self();
  }

  public A removeAllFromFinalizers(Collection<String> items) {
    if (this.finalizers != null) {
      this.finalizers.removeAll(items);
    }
    return self();
  }
}
