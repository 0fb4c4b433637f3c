package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ContainerRestartRuleOnExitCodes}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ContainerRestartRuleOnExitCodesBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ContainerRestartRuleOnExitCodesFluent<A extends V1ContainerRestartRuleOnExitCodesFluent<A>> {
  private String operator;
  private List<Integer> values;

  public V1ContainerRestartRuleOnExitCodesFluent() {}

  public V1ContainerRestartRuleOnExitCodesFluent(V1ContainerRestartRuleOnExitCodes instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ContainerRestartRuleOnExitCodes instance) {
    if (instance != null) {
      this.operator = instance.getOperator();
      this.values = instance.getValues() == null ? null : new ArrayList<>(instance.getValues());
    }
  }

  /** A new {@link V1ContainerRestartRuleOnExitCodes} holding what was set (lists and maps copied). */
  V1ContainerRestartRuleOnExitCodes toModel() {
    V1ContainerRestartRuleOnExitCodes o = new V1ContainerRestartRuleOnExitCodes();
    o.setOperator(operator);
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

  public List<Integer> getValues() {
    return values;
  }

  public A withValues(List<Integer> values) {
    this.values = values == null ? null : new ArrayList<>(values);
    return self();
  }

  public boolean hasValues() {
    return values != null;
  }

  public A withValues(Integer... items) {
    this.values = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToValues(Integer... items) {
    for (Integer item : items) {
      addToValues(-1, item);
    }
    return self();
  }

  public A removeFromValues(Integer... items) {
    return removeAllFromValues(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToValues(int index, Integer item) {
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
  public A setToValues(int index, Integer item) {
    if (index < 0 || this.values == null || index >= this.values.size()) {
      return addToValues(-1, item);
    }
    this.values.set(index, item);
    return self();
  }

  public A addAllToValues(Collection<Integer> items) {
    for (Integer item : items) {
      addToValues(-1, item);
    }
    return self();
  }

  public A removeAllFromValues(Collection<Integer> items) {
    if (this.values != null) {
      this.values.removeAll(items);
    }
    return self();
  }
}
