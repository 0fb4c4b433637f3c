package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1RoleBinding}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1RoleBindingBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1RoleBindingFluent<A extends V1RoleBindingFluent<A>> {
  private String apiVersion;
  private String kind;
  private V1ObjectMeta metadata;
  private V1RoleRef roleRef;
  private List<RbacV1Subject> subjects;

  public V1RoleBindingFluent() {}

  public V1RoleBindingFluent(V1RoleBinding instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1RoleBinding instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.roleRef = instance.getRoleRef();
      this.subjects = instance.getSubjects() == null ? null : new ArrayList<>(instance.getSubjects());
    }
  }

  /** A new {@link V1RoleBinding} holding what was set (lists and maps copied). */
  V1RoleBinding toModel() {
    V1RoleBinding o = new V1RoleBinding();
    o.setApiVersion(apiVersion);
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setRoleRef(roleRef);
    o.setSubjects(subjects == null ? null : new ArrayList<>(subjects));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1RoleBindingFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public V1RoleRef getRoleRef() {
    return roleRef;
  }

  public A withRoleRef(V1RoleRef roleRef) {
    this.roleRef = roleRef;
    return self();
  }

  public boolean hasRoleRef() {
    return roleRef != null;
  }

  public V1RoleRef buildRoleRef() {
    return roleRef;
  }

  public RoleRefNested withNewRoleRef() {
    return new RoleRefNested(null);
  }

  public RoleRefNested withNewRoleRefLike(V1RoleRef item) {
    return new RoleRefNested(item);
  }

  public RoleRefNested editRoleRef() {
    return new RoleRefNested(roleRef);
  }

  public RoleRefNested editOrNewRoleRef() {
    return new RoleRefNested(roleRef != null ? roleRef : new V1RoleRef());
  }

  public RoleRefNested editOrNewRoleRefLike(V1RoleRef item) {
    return new RoleRefNested(roleRef != null ? roleRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class RoleRefNested extends V1RoleRefFluent<RoleRefNested> {
    RoleRefNested(V1RoleRef item) {
      super(item);
    }

    public A and() {
      return V1RoleBindingFluent.this.withRoleRef(toModel());
    }

    public A endRoleRef() {
      return and();
    }
  }

  public List<RbacV1Subject> getSubjects() {
    return subjects;
  }

  public A withSubjects(List<RbacV1Subject> subjects) {
    this.subjects = subjects == null ? null : new ArrayList<>(subjects);
    return self();
  }

  public boolean hasSubjects() {
    return subjects != null;
  }

  public A withSubjects(RbacV1Subject... items) {
    this.subjects = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSubjects(RbacV1Subject... items) {
    for (RbacV1Subject item : items) {
      addToSubjects(-1, item);
    }
    return self();
  }

  public A removeFromSubjects(RbacV1Subject... items) {
    return removeAllFromSubjects(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSubjects(int index, RbacV1Subject item) {
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
  public A setToSubjects(int index, RbacV1Subject item) {
    if (index < 0 || this.subjects == null || index >= this.subjects.size()) {
      return addToSubjects(-1, item);
    }
    this.subjects.set(index, item);
    return self();
  }

  public A addAllToSubjects(Collection<RbacV1Subject> items) {
    for (RbacV1Subject item : items) {
      addToSubjects(-1, item);
    }
    return self();
  }

  public A removeAllFromSubjects(Collection<RbacV1Subject> items) {
    if (this.subjects != null) {
      this.subjects.removeAll(items);
    }
    return self();
  }

  public List<RbacV1Subject> buildSubjects() {
    return subjects;
  }

  public RbacV1Subject buildSubject(int index) {
    return this.subjects.get(index);
  }

  public SubjectsNested addNewSubject() {
    return new SubjectsNested(-1, null);
  }

  public SubjectsNested addNewSubjectLike(RbacV1Subject item) {
    return new SubjectsNested(-1, item);
  }

  public SubjectsNested setNewSubjectLike(int index, RbacV1Subject item) {
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
  public class SubjectsNested extends RbacV1SubjectFluent<SubjectsNested> {
    private final int index;

    SubjectsNested(int index, RbacV1Subject item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1RoleBindingFluent.this.setToSubjects(index, toModel());
    }

    public A endSubject() {
      return and();
    }
  }
}
