package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ScopedResourceSelectorRequirement}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ScopedResourceSelectorRequirementBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ScopedResourceSelectorRequirementFluent<A extends V1ScopedResourceSelectorRequirementFluent<A>> {
  private String operator;
  private String scopeName;
  private List<String> values;

  public V1ScopedResourceSelectorRequirementFluent() {}

  public V1ScopedResourceSelectorRequirementFluent(V1ScopedResourceSelectorRequirement instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ScopedResourceSelectorRequirement instance) {
    if (instance != null) {
      this.operator = instance.getOperator();
      this.scopeName = instance.getScopeName();
      this.values = instance.getValues() == null ? null : new ArrayList<>(instance.getValues());
    }
  }

  /** A new {@link V1ScopedResourceSelectorRequirement} holding what was set (lists and maps copied). */
  V1ScopedResourceSelectorRequirement toModel() {
    V1ScopedResourceSelectorRequirement o = new V1ScopedResourceSelectorRequirement();
    o.setOperator(operator);
    o.setScopeName(scopeName);
    o.setValues(values == null ? null : new ArrayList<>(values));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getOperator() {
    return operator;
  }

  public A withOperator(String operator) {
    this.operator = operator;
    return self();
  }

  public boolean hasOperator() {
    return operator != null;
  }

  public String getScopeName() {
    return scopeName;
  }

  public A withScopeName(String scopeName) {
    this.scopeName = scopeName;
    return self();
  }

  public boolean hasScopeName() {
    return scopeName != null;
  }

  public List<String> getValues() {
    return values;
  }

  public A withValues(List<String> values) {
    this.values = values == null ? null : new ArrayList<>(values);
    return self();
  }

  public boolean hasValues() {
    return values != null;
  }

  public A withValues(String... items) {
    this.values = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToValues(String... items) {
    for (String item : items) {
      addToValues(-1, item);
    }
    return self();
  }

  public A removeFromValues(String... items) {
    return removeAllFromValues(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToValues(int index, String item) {
    if (this.values == null) {
      this.values = new ArrayList<>();
    }
    if (index < 0 || index >= this.values.size()) {
      this.values.add(item);
    } else {
      this.values.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToValues(int index, String item) {
    if (index < 0 || this.values == null || index >= this.values.size()) {
      return addToValues(-1, item);
    }
    this.values.set(index, item);
    return self();
  }

  public A addAllToValues(Collection<String> items) {
    for (String item : items) {
      addToValues(-1, item);
    }
    return self();
  }

  public A removeAllFromValues(Collection<String> items) {
    if (this.values != null) {
      this.values.removeAll(items);
    }
    return self();
  }
}
