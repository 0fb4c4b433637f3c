package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1IPBlock}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1IPBlockBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1IPBlockFluent<A extends V1IPBlockFluent<A>> {
  private String cidr;
  private List<String> except;

  public V1IPBlockFluent() {}

  public V1IPBlockFluent(V1IPBlock instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1IPBlock instance) {
    if (instance != null) {
      this.cidr = instance.getCidr();
      this.except = instance.getExcept() == null ? null : new ArrayList<>(instance.getExcept());
    }
  }

  /** A new {@link V1IPBlock} holding what was set (lists and maps copied). */
  V1IPBlock toModel() {
    V1IPBlock o = new V1IPBlock();
    o.setCidr(cidr);
    o.setExcept(except == null ? null : new ArrayList<>(except));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getCidr() {
    return cidr;
  }

  public A withCidr(String cidr) {
    this.cidr = cidr;
    return self();
  }

  public boolean hasCidr() {
    return cidr != null;
  }

  public List<String> getExcept() {
    return except;
  }

  public A withExcept(List<String> except) {
    this.except = except == null ? null : new ArrayList<>(except);
    return self();
  }

  public boolean hasExcept() {
    return except != null;
  }

  public A withExcept(String... items) {
    this.except = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToExcept(String... items) {
    for (String item : items) {
      addToExcept(-1, item);
    }
    return self();
  }

  public A removeFromExcept(String... items) {
    return removeAllFromExcept(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToExcept(int index, String item) {
    if (this.except == null) {
      this.except = new ArrayList<>();
    }
    if (index < 0 || index >= this.except.size()) {
      this.except.add(item);
    } else {
      this.except.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToExcept(int index, String item) {
    if (index < 0 || this.except == null || index >= this.except.size()) {
      return addToExcept(-1, item);
    }
    this.except.set(index, item);
    return self();
  }

  public A addAllToExcept(Collection<String> items) {
    for (String item : items) {
      addToExcept(-1, item);
    }
    return self();
  }

  public A removeAllFromExcept(Collection<String> items) {
    if (this.except != null) {
      this.except.removeAll(items);
    }
    return self();
  }
}
