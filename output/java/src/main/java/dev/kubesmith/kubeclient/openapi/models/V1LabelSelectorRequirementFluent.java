package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1LabelSelectorRequirement}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LabelSelectorRequirementBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LabelSelectorRequirementFluent<A extends V1LabelSelectorRequirementFluent<A>> {
  private String key;
  private String operator;
  private List<String> values;

  public V1LabelSelectorRequirementFluent() {}

  public V1LabelSelectorRequirementFluent(V1LabelSelectorRequirement instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LabelSelectorRequirement instance) {
    if (instance != null) {
      this.key = instance.getKey();
      this.operator = instance.getOperator();
      this.values = instance.getValues() == null ? null : new ArrayList<>(instance.getValues());
    }
  }

  /** A new {@link V1LabelSelectorRequirement} holding what was set (lists and maps copied). */
  V1LabelSelectorRequirement toModel() {
    V1LabelSelectorRequirement o = new V1LabelSelectorRequirement();
    o.setKey(key);
    o.setOperator(operator);
    o.setValues(values == null ? null : new ArrayList<>(values));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getKey() {
    return key;
  }

  public A withKey(String key) {
    this.key = key;
    return self();
  }

  public boolean hasKey() {
    return key != null;
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
