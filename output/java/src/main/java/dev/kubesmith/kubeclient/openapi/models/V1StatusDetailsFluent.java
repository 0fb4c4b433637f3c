package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1StatusDetails}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1StatusDetailsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1StatusDetailsFluent<A extends V1StatusDetailsFluent<A>> {
  private List<V1StatusCause> causes;
  private String group;
  private String kind;
  private String name;
  private Integer retryAfterSeconds;
  private String uid;

  public V1StatusDetailsFluent() {}

  public V1StatusDetailsFluent(V1StatusDetails instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1StatusDetails instance) {
    if (instance != null) {
      this.causes = instance.getCauses() == null ? null : new ArrayList<>(instance.getCauses());
      this.group = instance.getGroup();
      this.kind = instance.getKind();
      this.name = instance.getName();
      this.retryAfterSeconds = instance.getRetryAfterSeconds();
      this.uid = instance.getUid();
    }
  }

  /** A new {@link V1StatusDetails} holding what was set (lists and maps copied). */
  V1StatusDetails toModel() {
    V1StatusDetails o = new V1StatusDetails();
    o.setCauses(causes == null ? null : new ArrayList<>(causes));
    o.setGroup(group);
    o.setKind(kind);
    o.setName(name);
    o.setRetryAfterSeconds(retryAfterSeconds);
    o.setUid(uid);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1StatusCause> getCauses() {
    return causes;
  }

  public A withCauses(List<V1StatusCause> causes) {
    this.causes = causes == null ? null : new ArrayList<>(causes);
    return self();
  }

  public boolean hasCauses() {
    return causes != null;
  }

  public A withCauses(V1StatusCause... items) {
    this.causes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCauses(V1StatusCause... items) {
    for (V1StatusCause item : items) {
      addToCauses(-1, item);
    }
    return self();
  }

  public A removeFromCauses(V1StatusCause... items) {
    return removeAllFromCauses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCauses(int index, V1StatusCause item) {
    if (this.causes == null) {
      this.causes = new ArrayList<>();
    }
    if (index < 0 || index >= this.causes.size()) {
      this.causes.add(item);
    } else {
      this.causes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCauses(int index, V1StatusCause item) {
    if (index < 0 || this.causes == null || index >= this.causes.size()) {
      return addToCauses(-1, item);
    }
    this.causes.set(index, item);
    return self();
  }

  public A addAllToCauses(Collection<V1StatusCause> items) {
    for (V1StatusCause item : items) {
      addToCauses(-1, item);
    }
    return self();
  }

  public A removeAllFromCauses(Collection<V1StatusCause> items) {
    if (this.causes != null) {
      this.causes.removeAll(items);
    }
    return self();
  }

  public List<V1StatusCause> buildCauses() {
    return causes;
  }

  public V1StatusCause buildCause(int index) {
    return this.causes.get(index);
  }

  public CausesNested addNewCause() {
    return new CausesNested(-1, null);
  }

  public CausesNested addNewCauseLike(V1StatusCause item) {
    return new CausesNested(-1, item);
  }

  public CausesNested setNewCauseLike(int index, V1StatusCause item) {
    return new CausesNested(index, item);
  }

  public CausesNested editCause(int index) {
    if (this.causes == null || index < 0 || index >= this.causes.size()) {
      throw new IndexOutOfBoundsException("can't edit causes [" + index + "]");
    }
    return new CausesNested(index, this.causes.get(index));
  }

  public CausesNested editFirstCause() {
    return editCause(0);
  }

  public CausesNested editLastCause() {
    return editCause(this.causes == null ? -1 : this.causes.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class CausesNested extends V1StatusCauseFluent<CausesNested> {
    private final int index;

    CausesNested(int index, V1StatusCause item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1StatusDetailsFluent.this.setToCauses(index, toModel());
    }

    public A endCause() {
      return and();
    }
  }

  public String getGroup() {
    return group;
  }

  public A withGroup(String group) {
    this.group = group;
    return self();
  }

  public boolean hasGroup() {
    return group != null;
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

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }

  public Integer getRetryAfterSeconds() {
    return retryAfterSeconds;
  }

  public A withRetryAfterSeconds(Integer retryAfterSeconds) {
    this.retryAfterSeconds = retryAfterSeconds;
    return self();
  }

  public boolean hasRetryAfterSeconds() {
    return retryAfterSeconds != null;
  }

  public String getUid() {
    return uid;
  }

  public A withUid(String uid) {
    this.uid = uid;
    return self();
  }

  public boolean hasUid() {
    return uid != null;
  }
}
