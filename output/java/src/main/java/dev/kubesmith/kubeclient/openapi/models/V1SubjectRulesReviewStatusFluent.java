package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1SubjectRulesReviewStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1SubjectRulesReviewStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1SubjectRulesReviewStatusFluent<A extends V1SubjectRulesReviewStatusFluent<A>> {
  private String evaluationError;
  private Boolean incomplete;
  private List<V1NonResourceRule> nonResourceRules;
  private List<V1ResourceRule> resourceRules;

  public V1SubjectRulesReviewStatusFluent() {}

  public V1SubjectRulesReviewStatusFluent(V1SubjectRulesReviewStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1SubjectRulesReviewStatus instance) {
    if (instance != null) {
      this.evaluationError = instance.getEvaluationError();
      this.incomplete = instance.getIncomplete();
      this.nonResourceRules = instance.getNonResourceRules() == null ? null : new ArrayList<>(instance.getNonResourceRules());
      this.resourceRules = instance.getResourceRules() == null ? null : new ArrayList<>(instance.getResourceRules());
    }
  }

  /** A new {@link V1SubjectRulesReviewStatus} holding what was set (lists and maps copied). */
  V1SubjectRulesReviewStatus toModel() {
    V1SubjectRulesReviewStatus o = new V1SubjectRulesReviewStatus();
    o.setEvaluationError(evaluationError);
    o.setIncomplete(incomplete);
    o.setNonResourceRules(nonResourceRules == null ? null : new ArrayList<>(nonResourceRules));
    o.setResourceRules(resourceRules == null ? null : new ArrayList<>(resourceRules));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getEvaluationError() {
    return evaluationError;
  }

  public A withEvaluationError(String evaluationError) {
    this.evaluationError = evaluationError;
    return self();
  }

  public boolean hasEvaluationError() {
    return evaluationError != null;
  }

  public Boolean getIncomplete() {
    return incomplete;
  }

  public A withIncomplete(Boolean incomplete) {
    this.incomplete = incomplete;
    return self();
  }

  public boolean hasIncomplete() {
    return incomplete != null;
  }

  public List<V1NonResourceRule> getNonResourceRules() {
    return nonResourceRules;
  }

  public A withNonResourceRules(List<V1NonResourceRule> nonResourceRules) {
    this.nonResourceRules = nonResourceRules == null ? null : new ArrayList<>(nonResourceRules);
    return self();
  }

  public boolean hasNonResourceRules() {
    return nonResourceRules != null;
  }

  public A withNonResourceRules(V1NonResourceRule... items) {
    this.nonResourceRules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNonResourceRules(V1NonResourceRule... items) {
    for (V1NonResourceRule item : items) {
      addToNonResourceRules(-1, item);
    }
    return self();
  }

  public A removeFromNonResourceRules(V1NonResourceRule... items) {
    return removeAllFromNonResourceRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNonResourceRules(int index, V1NonResourceRule item) {
    if (this.nonResourceRules == null) {
      this.nonResourceRules = new ArrayList<>();
    }
    if (index < 0 || index >= this.nonResourceRules.size()) {
      this.nonResourceRules.add(item);
    } else {
      this.nonResourceRules.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNonResourceRules(int index, V1NonResourceRule item) {
    if (index < 0 || this.nonResourceRules == null || index >= this.nonResourceRules.size()) {
      return addToNonResourceRules(-1, item);
    }
    this.nonResourceRules.set(index, item);
    return self();
  }

  public A addAllToNonResourceRules(Collection<V1NonResourceRule> items) {
    for (V1NonResourceRule item : items) {
      addToNonResourceRules(-1, item);
    }
    return self();
  }

  public A removeAllFromNonResourceRules(Collection<V1NonResourceRule> items) {
    if (this.nonResourceRules != null) {
      this.nonResourceRules.removeAll(items);
    }
    return self();
  }

  public List<V1NonResourceRule> buildNonResourceRules() {
    return nonResourceRules;
  }

  public V1NonResourceRule buildNonResourceRule(int index) {
    return this.nonResourceRules.get(index);
  }

  public NonResourceRulesNested addNewNonResourceRule() {
    return new NonResourceRulesNested(-1, null);
  }

  public NonResourceRulesNested addNewNonResourceRuleLike(V1NonResourceRule item) {
    return new NonResourceRulesNested(-1, item);
  }

  public NonResourceRulesNested setNewNonResourceRuleLike(int index, V1NonResourceRule item) {
    return new NonResourceRulesNested(index, item);
  }

  public NonResourceRulesNested editNonResourceRule(int index) {
    if (this.nonResourceRules == null || index < 0 || index >= this.nonResourceRules.size()) {
      throw new IndexOutOfBoundsException("can't edit nonResourceRules [" + index + "]");
    }
    return new NonResourceRulesNested(index, this.nonResourceRules.get(index));
  }

  public NonResourceRulesNested editFirstNonResourceRule() {
    return editNonResourceRule(0);
  }

  public NonResourceRulesNested editLastNonResourceRule() {
    return editNonResourceRule(this.nonResourceRules == null ? -1 : this.nonResourceRules.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class NonResourceRulesNested extends V1NonResourceRuleFluent<NonResourceRulesNested> {
    private final int index;

    NonResourceRulesNested(int index, V1NonResourceRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1SubjectRulesReviewStatusFluent.this.setToNonResourceRules(index, toModel());
    }

    public A endNonResourceRule() {
      return and();
    }
  }

  public List<V1ResourceRule> getResourceRules() {
    return resourceRules;
  }

  public A withResourceRules(List<V1ResourceRule> resourceRules) {
    this.resourceRules = resourceRules == null ? null : new ArrayList<>(resourceRules);
    return self();
  }

  public boolean hasResourceRules() {
    return resourceRules != null;
  }

  public A withResourceRules(V1ResourceRule... items) {
    this.resourceRules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResourceRules(V1ResourceRule... items) {
    for (V1ResourceRule item : items) {
      addToResourceRules(-1, item);
    }
    return self();
  }

  public A removeFromResourceRules(V1ResourceRule... items) {
    return removeAllFromResourceRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResourceRules(int index, V1ResourceRule item) {
    if (this.resourceRules == null) {
      this.resourceRules = new ArrayList<>();
    }
    if (index < 0 || index >= this.resourceRules.size()) {
      this.resourceRules.add(item);
    } else {
      this.resourceRules.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResourceRules(int index, V1ResourceRule item) {
    if (index < 0 || this.resourceRules == null || index >= this.resourceRules.size()) {
      return addToResourceRules(-1, item);
    }
    this.resourceRules.set(index, item);
    return self();
  }

  public A addAllToResourceRules(Collection<V1ResourceRule> items) {
    for (V1ResourceRule item : items) {
      addToResourceRules(-1, item);
    }
    return self();
  }

  public A removeAllFromResourceRules(Collection<V1ResourceRule> items) {
    if (this.resourceRules != null) {
      this.resourceRules.removeAll(items);
    }
    return self();
  }

  public List<V1ResourceRule> buildResourceRules() {
    return resourceRules;
  }

  public V1ResourceRule buildResourceRule(int index) {
    return this.resourceRules.get(index);
  }

  public ResourceRulesNested addNewResourceRule() {
    return new ResourceRulesNested(-1, null);
  }

  public ResourceRulesNested addNewResourceRuleLike(V1ResourceRule item) {
    return new ResourceRulesNested(-1, item);
  }

  public ResourceRulesNested setNewResourceRuleLike(int index, V1ResourceRule item) {
    return new ResourceRulesNested(index, item);
  }

  public ResourceRulesNested editResourceRule(int index) {
    if (this.resourceRules == null || index < 0 || index >= this.resourceRules.size()) {
      throw new IndexOutOfBoundsException("can't edit resourceRules [" + index + "]");
    }
    return new ResourceRulesNested(index, this.resourceRules.get(index));
  }

  public ResourceRulesNested editFirstResourceRule() {
    return editResourceRule(0);
  }

  public ResourceRulesNested editLastResourceRule() {
    return editResourceRule(this.resourceRules == null ? -1 : this.resourceRules.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ResourceRulesNested extends V1ResourceRuleFluent<ResourceRulesNested> {
    private final int index;

    ResourceRulesNested(int index, V1ResourceRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1SubjectRulesReviewStatusFluent.this.setToResourceRules(index, toModel());
    }

    public A endResourceRule() {
      return and();
    }
  }
}
