package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1PolicyRulesWithSubjects}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PolicyRulesWithSubjectsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PolicyRulesWithSubjectsFluent<A extends V1PolicyRulesWithSubjectsFluent<A>> {
  private List<V1NonResourcePolicyRule> nonResourceRules;
  private List<V1ResourcePolicyRule> resourceRules;
  private List<FlowcontrolV1Subject> subjects;

  public V1PolicyRulesWithSubjectsFluent() {}

  public V1PolicyRulesWithSubjectsFluent(V1PolicyRulesWithSubjects instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PolicyRulesWithSubjects instance) {
    if (instance != null) {
      this.nonResourceRules = instance.getNonResourceRules() == null ? null : new ArrayList<>(instance.getNonResourceRules());
      this.resourceRules = instance.getResourceRules() == null ? null : new ArrayList<>(instance.getResourceRules());
      this.subjects = instance.getSubjects() == null ? null : new ArrayList<>(instance.getSubjects());
    }
  }

  /** A new {@link V1PolicyRulesWithSubjects} holding what was set (lists and maps copied). */
  V1PolicyRulesWithSubjects toModel() {
    V1PolicyRulesWithSubjects o = new V1PolicyRulesWithSubjects();
    o.setNonResourceRules(nonResourceRules == null ? null : new ArrayList<>(nonResourceRules));
    o.setResourceRules(resourceRules == null ? null : new ArrayList<>(resourceRules));
    o.setSubjects(subjects == null ? null : new ArrayList<>(subjects));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1NonResourcePolicyRule> getNonResourceRules() {
    return nonResourceRules;
  }

  public A withNonResourceRules(List<V1NonResourcePolicyRule> nonResourceRules) {
    this.nonResourceRules = nonResourceRules == null ? null : new ArrayList<>(nonResourceRules);
    return self();
  }

  public boolean hasNonResourceRules() {
    return nonResourceRules != null;
  }

  public A withNonResourceRules(V1NonResourcePolicyRule... items) {
    this.nonResourceRules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNonResourceRules(V1NonResourcePolicyRule... items) {
    for (V1NonResourcePolicyRule item : items) {
      addToNonResourceRules(-1, item);
    }
    return self();
  }

  public A removeFromNonResourceRules(V1NonResourcePolicyRule... items) {
    return removeAllFromNonResourceRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNonResourceRules(int index, V1NonResourcePolicyRule item) {
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
  public A setToNonResourceRules(int index, V1NonResourcePolicyRule item) {
    if (index < 0 || this.nonResourceRules == null || index >= this.nonResourceRules.size()) {
      return addToNonResourceRules(-1, item);
    }
    this.nonResourceRules.set(index, item);
    return self();
  }

  public A addAllToNonResourceRules(Collection<V1NonResourcePolicyRule> items) {
    for (V1NonResourcePolicyRule item : items) {
      addToNonResourceRules(-1, item);
    }
    return self();
  }

  public A removeAllFromNonResourceRules(Collection<V1NonResourcePolicyRule> items) {
    if (this.nonResourceRules != null) {
      this.nonResourceRules.removeAll(items);
    }
    return self();
  }

  public List<V1NonResourcePolicyRule> buildNonResourceRules() {
    return nonResourceRules;
  }

  public V1NonResourcePolicyRule buildNonResourceRule(int index) {
    return this.nonResourceRules.get(index);
  }

  public NonResourceRulesNested addNewNonResourceRule() {
    return new NonResourceRulesNested(-1, null);
  }

  public NonResourceRulesNested addNewNonResourceRuleLike(V1NonResourcePolicyRule item) {
    return new NonResourceRulesNested(-1, item);
  }

  public NonResourceRulesNested setNewNonResourceRuleLike(int index, V1NonResourcePolicyRule item) {
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
  public class NonResourceRulesNested extends V1NonResourcePolicyRuleFluent<NonResourceRulesNested> {
    private final int index;

    NonResourceRulesNested(int index, V1NonResourcePolicyRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PolicyRulesWithSubjectsFluent.this.setToNonResourceRules(index, toModel());
    }

    public A endNonResourceRule() {
      return and();
    }
  }

  public List<V1ResourcePolicyRule> getResourceRules() {
    return resourceRules;
  }

  public A withResourceRules(List<V1ResourcePolicyRule> resourceRules) {
    this.resourceRules = resourceRules == null ? null : new ArrayList<>(resourceRules);
    return self();
  }

  public boolean hasResourceRules() {
    return resourceRules != null;
  }

  public A withResourceRules(V1ResourcePolicyRule... items) {
    this.resourceRules = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResourceRules(V1ResourcePolicyRule... items) {
    for (V1ResourcePolicyRule item : items) {
      addToResourceRules(-1, item);
    }
    return self();
  }

  public A removeFromResourceRules(V1ResourcePolicyRule... items) {
    return removeAllFromResourceRules(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResourceRules(int index, V1ResourcePolicyRule item) {
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
  public A setToResourceRules(int index, V1ResourcePolicyRule item) {
    if (index < 0 || this.resourceRules == null || index >= this.resourceRules.size()) {
      return addToResourceRules(-1, item);
    }
    this.resourceRules.set(index, item);
    return self();
  }

  public A addAllToResourceRules(Collection<V1ResourcePolicyRule> items) {
    for (V1ResourcePolicyRule item : items) {
      addToResourceRules(-1, item);
    }
    return self();
  }

  public A removeAllFromResourceRules(Collection<V1ResourcePolicyRule> items) {
    if (this.resourceRules != null) {
      this.resourceRules.removeAll(items);
    }
    return self();
  }

  public List<V1ResourcePolicyRule> buildResourceRules() {
    return resourceRules;
  }

  public V1ResourcePolicyRule buildResourceRule(int index) {
    return this.resourceRules.get(index);
  }

  public ResourceRulesNested addNewResourceRule() {
    return new ResourceRulesNested(-1, null);
  }

  public ResourceRulesNested addNewResourceRuleLike(V1ResourcePolicyRule item) {
    return new ResourceRulesNested(-1, item);
  }

  public ResourceRulesNested setNewResourceRuleLike(int index, V1ResourcePolicyRule item) {
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
  public class ResourceRulesNested extends V1ResourcePolicyRuleFluent<ResourceRulesNested> {
    private final int index;

    ResourceRulesNested(int index, V1ResourcePolicyRule item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PolicyRulesWithSubjectsFluent.this.setToResourceRules(index, toModel());
    }

    public A endResourceRule() {
      return and();
    }
  }

  public List<FlowcontrolV1Subject> getSubjects() {
    return subjects;
  }

  public A withSubjects(List<FlowcontrolV1Subject> subjects) {
    this.subjects = subjects == null ? null : new ArrayList<>(subjects);
    return self();
  }

  public boolean hasSubjects() {
    return subjects != null;
  }

  public A withSubjects(FlowcontrolV1Subject... items) {
    this.subjects = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSubjects(FlowcontrolV1Subject... items) {
    for (FlowcontrolV1Subject item : items) {
      addToSubjects(-1, item);
    }
    return self();
  }

  public A removeFromSubjects(FlowcontrolV1Subject... items) {
    return removeAllFromSubjects(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSubjects(int index, FlowcontrolV1Subject item) {
    if (this.subjects == null) {
      this.subjects = new ArrayList<>();
    }
    if (index < 0 || index >= this.subjects.size()) {
      this.subjects.add(item);
    } else {
      this.subjects.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSubjects(int index, FlowcontrolV1Subject item) {
    if (index < 0 || this.subjects == null || index >= this.subjects.size()) {
      return addToSubjects(-1, item);
    }
    this.subjects.set(index, item);
    return self();
  }

  public A addAllToSubjects(Collection<FlowcontrolV1Subject> items) {
    for (FlowcontrolV1Subject item : items) {
      addToSubjects(-1, item);
    }
    return self();
  }

  public A removeAllFromSubjects(Collection<FlowcontrolV1Subject> items) {
    if (this.subjects != null) {
      this.subjects.removeAll(items);
    }
    return self();
  }

  public List<FlowcontrolV1Subject> buildSubjects() {
    return subjects;
  }

  public FlowcontrolV1Subject buildSubject(int index) {
    return this.subjects.get(index);
  }

  public SubjectsNested addNewSubject() {
    return new SubjectsNested(-1, null);
  }

  public SubjectsNested addNewSubjectLike(FlowcontrolV1Subject item) {
    return new SubjectsNested(-1, item);
  }

  public SubjectsNested setNewSubjectLike(int index, FlowcontrolV1Subject item) {
    return new SubjectsNested(index, item);
  }

  public SubjectsNested editSubject(int index) {
    if (this.subjects == null || index < 0 || index >= this.subjects.size()) {
      throw new IndexOutOfBoundsException("can't edit subjects [" + index + "]");
    }
    return new SubjectsNested(index, this.subjects.get(index));
  }

  public SubjectsNested editFirstSubject() {
    return editSubject(0);
  }

  public SubjectsNested editLastSubject() {
    return editSubject(this.subjects == null ? -1 : this.subjects.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SubjectsNested extends FlowcontrolV1SubjectFluent<SubjectsNested> {
    private final int index;

    SubjectsNested(int index, FlowcontrolV1Subject item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PolicyRulesWithSubjectsFluent.this.setToSubjects(index, toModel());
    }

    public A endSubject() {
      return and();
    }
  }
}
