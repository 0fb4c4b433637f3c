package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1APIGroupList}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1APIGroupListBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1APIGroupListFluent<A extends V1APIGroupListFluent<A>> {
  private String apiVersion;
  private List<V1APIGroup> groups;
  private String kind;

  public V1APIGroupListFluent() {}

  public V1APIGroupListFluent(V1APIGroupList instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1APIGroupList instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.groups = instance.getGroups() == null ? null : new ArrayList<>(instance.getGroups());
      this.kind = instance.getKind();
    }
  }

  /** A new {@link V1APIGroupList} holding what was set (lists and maps copied). */
  V1APIGroupList toModel() {
    V1APIGroupList o = new V1APIGroupList();
    o.setApiVersion(apiVersion);
    o.setGroups(groups == null ? null : new ArrayList<>(groups));
    o.setKind(kind);
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

  public List<V1APIGroup> getGroups() {
    return groups;
  }

  public A withGroups(List<V1APIGroup> groups) {
    this.groups = groups == null ? null : new ArrayList<>(groups);
    return self();
  }

  public boolean hasGroups() {
    return groups != null;
  }

  public A withGroups(V1APIGroup... items) {
    this.groups = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToGroups(V1APIGroup... items) {
    for (V1APIGroup item : items) {
      addToGroups(-1, item);
    }
    return self();
  }

  public A removeFromGroups(V1APIGroup... items) {
    return removeAllFromGroups(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToGroups(int index, V1APIGroup item) {
    if (this.groups == null) {
      this.groups = new ArrayList<>();
    }
    if (index < 0 || index >= this.groups.size()) {
      this.groups.add(item);
    } else {
      this.groups.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToGroups(int index, V1APIGroup item) {
    if (index < 0 || this.groups == null || index >= this.groups.size()) {
      return addToGroups(-1, item);
    }
    this.groups.set(index, item);
    return self();
  }

  public A addAllToGroups(Collection<V1APIGroup> items) {
    for (V1APIGroup item : items) {
      addToGroups(-1, item);
    }
    return self();
  }

  public A removeAllFromGroups(Collection<V1APIGroup> items) {
    if (this.groups != null) {
      this.groups.removeAll(items);
    }
    return self();
  }

  public List<V1APIGroup> buildGroups() {
    return groups;
  }

  public V1APIGroup buildGroup(int index) {
    return this.groups.get(index);
  }

  public GroupsNested addNewGroup() {
    return new GroupsNested(-1, null);
  }

  public GroupsNested addNewGroupLike(V1APIGroup item) {
    return new GroupsNested(-1, item);
  }

  public GroupsNested setNewGroupLike(int index, V1APIGroup item) {
    return new GroupsNested(index, item);
  }

  public GroupsNested editGroup(int index) {
    if (this.groups == null || index < 0 || index >= this.groups.size()) {
      throw new IndexOutOfBoundsException("can't edit groups [" + index + "]");
    }
    return new GroupsNested(index, this.groups.get(index));
  }

  public GroupsNested editFirstGroup() {
    return editGroup(0);
  }

  public GroupsNested editLastGroup() {
    return editGroup(this.groups == null ? -1 : this.groups.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class GroupsNested extends V1APIGroupFluent<GroupsNested> {
    private final int index;

    GroupsNested(int index, V1APIGroup item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1APIGroupListFluent.this.setToGroups(index, toModel());
    }

    public A endGroup() {
      return and();
    }
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
}
