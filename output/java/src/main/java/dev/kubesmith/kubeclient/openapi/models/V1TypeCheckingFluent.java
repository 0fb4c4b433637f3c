package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1TypeChecking}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TypeCheckingBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TypeCheckingFluent<A extends V1TypeCheckingFluent<A>> {
  private List<V1ExpressionWarning> expressionWarnings;

  public V1TypeCheckingFluent() {}

  public V1TypeCheckingFluent(V1TypeChecking instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TypeChecking instance) {
    if (instance != null) {
      this.expressionWarnings = instance.getExpressionWarnings() == null ? null : new ArrayList<>(instance.getExpressionWarnings());
    }
  }

  /** A new {@link V1TypeChecking} holding what was set (lists and maps copied). */
  V1TypeChecking toModel() {
    V1TypeChecking o = new V1TypeChecking();
    o.setExpressionWarnings(expressionWarnings == null ? null : new ArrayList<>(expressionWarnings));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1ExpressionWarning> getExpressionWarnings() {
    return expressionWarnings;
  }

  public A withExpressionWarnings(List<V1ExpressionWarning> expressionWarnings) {
    this.expressionWarnings = expressionWarnings == null ? null : new ArrayList<>(expressionWarnings);
    return self();
  }

  public boolean hasExpressionWarnings() {
    return expressionWarnings != null;
  }

  public A withExpressionWarnings(V1ExpressionWarning... items) {
    this.expressionWarnings = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToExpressionWarnings(V1ExpressionWarning... items) {
    for (V1ExpressionWarning item : items) {
      addToExpressionWarnings(-1, item);
    }
    return self();
  }

  public A removeFromExpressionWarnings(V1ExpressionWarning... items) {
    return removeAllFromExpressionWarnings(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToExpressionWarnings(int index, V1ExpressionWarning item) {
    if (this.expressionWarnings == null) {
      this.expressionWarnings = new ArrayList<>();
    }
    if (index < 0 || index >= this.expressionWarnings.size()) {
      this.expressionWarnings.add(item);
    } else {
      this.expressionWarnings.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToExpressionWarnings(int index, V1ExpressionWarning item) {
    if (index < 0 || this.expressionWarnings == null || index >= this.expressionWarnings.size()) {
      return addToExpressionWarnings(-1, item);
    }
    this.expressionWarnings.set(index, item);
    return self();
  }

  public A addAllToExpressionWarnings(Collection<V1ExpressionWarning> items) {
    for (V1ExpressionWarning item : items) {
      addToExpressionWarnings(-1, item);
    }
    return self();
  }

  public A removeAllFromExpressionWarnings(Collection<V1ExpressionWarning> items) {
    if (this.expressionWarnings != null) {
      this.expressionWarnings.removeAll(items);
    }
    return self();
  }

  public List<V1ExpressionWarning> buildExpressionWarnings() {
    return expressionWarnings;
  }

  public V1ExpressionWarning buildExpressionWarning(int index) {
    return this.expressionWarnings.get(index);
  }

  public ExpressionWarningsNested addNewExpressionWarning() {
    return new ExpressionWarningsNested(-1, null);
  }

  public ExpressionWarningsNested addNewExpressionWarningLike(V1ExpressionWarning item) {
    return new ExpressionWarningsNested(-1, item);
  }

  public ExpressionWarningsNested setNewExpressionWarningLike(int index, V1ExpressionWarning item) {
    return new ExpressionWarningsNested(index, item);
  }

  public ExpressionWarningsNested editExpressionWarning(int index) {
    if (this.expressionWarnings == null || index < 0 || index >= this.expressionWarnings.size()) {
      throw new IndexOutOfBoundsException("can't edit expressionWarnings [" + index + "]");
    }
    return new ExpressionWarningsNested(index, this.expressionWarnings.get(index));
  }

  public ExpressionWarningsNested editFirstExpressionWarning() {
    return editExpressionWarning(0);
  }

  public ExpressionWarningsNested editLastExpressionWarning() {
    return editExpressionWarning(this.expressionWarnings == null ? -1 : this.expressionWarnings.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ExpressionWarningsNested extends V1ExpressionWarningFluent<ExpressionWarningsNested> {
    private final int index;

    ExpressionWarningsNested(int index, V1ExpressionWarning item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1TypeCheckingFluent.this.setToExpressionWarnings(index, toModel());
    }

    public A endExpressionWarning() {
      return and();
    }
  }
}
