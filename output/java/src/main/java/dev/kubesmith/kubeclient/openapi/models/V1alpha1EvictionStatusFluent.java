package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha1EvictionStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha1EvictionStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha1EvictionStatusFluent<A extends V1alpha1EvictionStatusFluent<A>> {
  private List<V1Condition> conditions;
  private Long observedGeneration;
  private List<V1alpha1Requester> requesters;
  private List<V1alpha1ResponderStatus> responders;
  private List<V1alpha1TargetResponder> targetResponders;

  public V1alpha1EvictionStatusFluent() {}

  public V1alpha1EvictionStatusFluent(V1alpha1EvictionStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha1EvictionStatus instance) {
    if (instance != null) {
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.observedGeneration = instance.getObservedGeneration();
      this.requesters = instance.getRequesters() == null ? null : new ArrayList<>(instance.getRequesters());
      this.responders = instance.getResponders() == null ? null : new ArrayList<>(instance.getResponders());
      this.targetResponders = instance.getTargetResponders() == null ? null : new ArrayList<>(instance.getTargetResponders());
    }
  }

  /** A new {@link V1alpha1EvictionStatus} holding what was set (lists and maps copied). */
  V1alpha1EvictionStatus toModel() {
    V1alpha1EvictionStatus o = new V1alpha1EvictionStatus();
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setObservedGeneration(observedGeneration);
    o.setRequesters(requesters == null ? null : new ArrayList<>(requesters));
    o.setResponders(responders == null ? null : new ArrayList<>(responders));
    o.setTargetResponders(targetResponders == null ? null : new ArrayList<>(targetResponders));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1Condition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1Condition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1Condition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1Condition... items) {
    for (V1Condition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1Condition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.conditions.size()) {
      this.conditions.add(item);
    } else {
      this.conditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToConditions(int index, V1Condition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1Condition> items) {
    for (V1Condition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1Condition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1Condition> buildConditions() {
    return conditions;
  }

  public V1Condition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1Condition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1Condition item) {
    return new ConditionsNested(index, item);
  }

  public ConditionsNested editCondition(int index) {
    if (this.conditions == null || index < 0 || index >= this.conditions.size()) {
      throw new IndexOutOfBoundsException("can't edit conditions [" + index + "]");
    }
    return new ConditionsNested(index, this.conditions.get(index));
  }

  public ConditionsNested editFirstCondition() {
    return editCondition(0);
  }

  public ConditionsNested editLastCondition() {
    return editCondition(this.conditions == null ? -1 : this.conditions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ConditionsNested extends V1ConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1Condition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha1EvictionStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public A withObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return self();
  }

  public boolean hasObservedGeneration() {
    return observedGeneration != null;
  }

  public List<V1alpha1Requester> getRequesters() {
    return requesters;
  }

  public A withRequesters(List<V1alpha1Requester> requesters) {
    this.requesters = requesters == null ? null : new ArrayList<>(requesters);
    return self();
  }

  public boolean hasRequesters() {
    return requesters != null;
  }

  public A withRequesters(V1alpha1Requester... items) {
    this.requesters = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRequesters(V1alpha1Requester... items) {
    for (V1alpha1Requester item : items) {
      addToRequesters(-1, item);
    }
    return self();
  }

  public A removeFromRequesters(V1alpha1Requester... items) {
    return removeAllFromRequesters(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRequesters(int index, V1alpha1Requester item) {
    if (this.requesters == null) {
      this.requesters = new ArrayList<>();
    }
    if (index < 0 || index >= this.requesters.size()) {
      this.requesters.add(item);
    } else {
      this.requesters.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRequesters(int index, V1alpha1Requester item) {
    if (index < 0 || this.requesters == null || index >= this.requesters.size()) {
      return addToRequesters(-1, item);
    }
    this.requesters.set(index, item);
    return self();
  }

  public A addAllToRequesters(Collection<V1alpha1Requester> items) {
    for (V1alpha1Requester item : items) {
      addToRequesters(-1, item);
    }
    return self();
  }

  public A removeAllFromRequesters(Collection<V1alpha1Requester> items) {
    if (this.requesters != null) {
      this.requesters.removeAll(items);
    }
    return self();
  }

  public List<V1alpha1Requester> buildRequesters() {
    return requesters;
  }

  public V1alpha1Requester buildRequester(int index) {
    return this.requesters.get(index);
  }

  public RequestersNested addNewRequester() {
    return new RequestersNested(-1, null);
  }

  public RequestersNested addNewRequesterLike(V1alpha1Requester item) {
    return new RequestersNested(-1, item);
  }

  public RequestersNested setNewRequesterLike(int index, V1alpha1Requester item) {
    return new RequestersNested(index, item);
  }

  public RequestersNested editRequester(int index) {
    if (this.requesters == null || index < 0 || index >= this.requesters.size()) {
      throw new IndexOutOfBoundsException("can't edit requesters [" + index + "]");
    }
    return new RequestersNested(index, this.requesters.get(index));
  }

  public RequestersNested editFirstRequester() {
    return editRequester(0);
  }

  public RequestersNested editLastRequester() {
    return editRequester(this.requesters == null ? -1 : this.requesters.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RequestersNested extends V1alpha1RequesterFluent<RequestersNested> {
    private final int index;

    RequestersNested(int index, V1alpha1Requester item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha1EvictionStatusFluent.this.setToRequesters(index, toModel());
    }

    public A endRequester() {
      return and();
    }
  }

  public List<V1alpha1ResponderStatus> getResponders() {
    return responders;
  }

  public A withResponders(List<V1alpha1ResponderStatus> responders) {
    this.responders = responders == null ? null : new ArrayList<>(responders);
    return self();
  }

  public boolean hasResponders() {
    return responders != null;
  }

  public A withResponders(V1alpha1ResponderStatus... items) {
    this.responders = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResponders(V1alpha1ResponderStatus... items) {
    for (V1alpha1ResponderStatus item : items) {
      addToResponders(-1, item);
    }
    return self();
  }

  public A removeFromResponders(V1alpha1ResponderStatus... items) {
    return removeAllFromResponders(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResponders(int index, V1alpha1ResponderStatus item) {
    if (this.responders == null) {
      this.responders = new ArrayList<>();
    }
    if (index < 0 || index >= this.responders.size()) {
      this.responders.add(item);
    } else {
      this.responders.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResponders(int index, V1alpha1ResponderStatus item) {
    if (index < 0 || this.responders == null || index >= this.responders.size()) {
      return addToResponders(-1, item);
    }
    this.responders.set(index, item);
    return self();
  }

  public A addAllToResponders(Collection<V1alpha1ResponderStatus> items) {
    for (V1alpha1ResponderStatus item : items) {
      addToResponders(-1, item);
    }
    return self();
  }

  public A removeAllFromResponders(Collection<V1alpha1ResponderStatus> items) {
    if (this.responders != null) {
      this.responders.removeAll(items);
    }
    return self();
  }

  public List<V1alpha1ResponderStatus> buildResponders() {
    return responders;
  }

  public V1alpha1ResponderStatus buildResponder(int index) {
    return this.responders.get(index);
  }

  public RespondersNested addNewResponder() {
    return new RespondersNested(-1, null);
  }

  public RespondersNested addNewResponderLike(V1alpha1ResponderStatus item) {
    return new RespondersNested(-1, item);
  }

  public RespondersNested setNewResponderLike(int index, V1alpha1ResponderStatus item) {
    return new RespondersNested(index, item);
  }

  public RespondersNested editResponder(int index) {
    if (this.responders == null || index < 0 || index >= this.responders.size()) {
      throw new IndexOutOfBoundsException("can't edit responders [" + index + "]");
    }
    return new RespondersNested(index, this.responders.get(index));
  }

  public RespondersNested editFirstResponder() {
    return editResponder(0);
  }

  public RespondersNested editLastResponder() {
    return editResponder(this.responders == null ? -1 : this.responders.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RespondersNested extends V1alpha1ResponderStatusFluent<RespondersNested> {
    private final int index;

    RespondersNested(int index, V1alpha1ResponderStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha1EvictionStatusFluent.this.setToResponders(index, toModel());
    }

    public A endResponder() {
      return and();
    }
  }

  public List<V1alpha1TargetResponder> getTargetResponders() {
    return targetResponders;
  }

  public A withTargetResponders(List<V1alpha1TargetResponder> targetResponders) {
    this.targetResponders = targetResponders == null ? null : new ArrayList<>(targetResponders);
    return self();
  }

  public boolean hasTargetResponders() {
    return targetResponders != null;
  }

  public A withTargetResponders(V1alpha1TargetResponder... items) {
    this.targetResponders = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTargetResponders(V1alpha1TargetResponder... items) {
    for (V1alpha1TargetResponder item : items) {
      addToTargetResponders(-1, item);
    }
    return self();
  }

  public A removeFromTargetResponders(V1alpha1TargetResponder... items) {
    return removeAllFromTargetResponders(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTargetResponders(int index, V1alpha1TargetResponder item) {
    if (this.targetResponders == null) {
      this.targetResponders = new ArrayList<>();
    }
    if (index < 0 || index >= this.targetResponders.size()) {
      this.targetResponders.add(item);
    } else {
      this.targetResponders.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTargetResponders(int index, V1alpha1TargetResponder item) {
    if (index < 0 || this.targetResponders == null || index >= this.targetResponders.size()) {
      return addToTargetResponders(-1, item);
    }
    this.targetResponders.set(index, item);
    return self();
  }

  public A addAllToTargetResponders(Collection<V1alpha1TargetResponder> items) {
    for (V1alpha1TargetResponder item : items) {
      addToTargetResponders(-1, item);
    }
    return self();
  }

  public A removeAllFromTargetResponders(Collection<V1alpha1TargetResponder> items) {
    if (this.targetResponders != null) {
      this.targetResponders.removeAll(items);
    }
    return self();
  }

  public List<V1alpha1TargetResponder> buildTargetResponders() {
    return targetResponders;
  }

  public V1alpha1TargetResponder buildTargetResponder(int index) {
    return this.targetResponders.get(index);
  }

  public TargetRespondersNested addNewTargetResponder() {
    return new TargetRespondersNested(-1, null);
  }

  public TargetRespondersNested addNewTargetResponderLike(V1alpha1TargetResponder item) {
    return new TargetRespondersNested(-1, item);
  }

  public TargetRespondersNested setNewTargetResponderLike(int index, V1alpha1TargetResponder item) {
    return new TargetRespondersNested(index, item);
  }

  public TargetRespondersNested editTargetResponder(int index) {
    if (this.targetResponders == null || index < 0 || index >= this.targetResponders.size()) {
      throw new IndexOutOfBoundsException("can't edit targetResponders [" + index + "]");
    }
    return new TargetRespondersNested(index, this.targetResponders.get(index));
  }

  public TargetRespondersNested editFirstTargetResponder() {
    return editTargetResponder(0);
  }

  public TargetRespondersNested editLastTargetResponder() {
    return editTargetResponder(this.targetResponders == null ? -1 : this.targetResponders.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TargetRespondersNested extends V1alpha1TargetResponderFluent<TargetRespondersNested> {
    private final int index;

    TargetRespondersNested(int index, V1alpha1TargetResponder item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha1EvictionStatusFluent.this.setToTargetResponders(index, toModel());
    }

    public A endTargetResponder() {
      return and();
    }
  }
}
