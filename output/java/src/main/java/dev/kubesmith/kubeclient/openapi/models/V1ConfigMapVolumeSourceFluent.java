package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1ConfigMapVolumeSource}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ConfigMapVolumeSourceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ConfigMapVolumeSourceFluent<A extends V1ConfigMapVolumeSourceFluent<A>> {
  private Integer defaultMode;
  private Long defaultUser;
  private List<V1KeyToPath> items;
  private String name;
  private Boolean optional;

  public V1ConfigMapVolumeSourceFluent() {}

  public V1ConfigMapVolumeSourceFluent(V1ConfigMapVolumeSource instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ConfigMapVolumeSource instance) {
    if (instance != null) {
      this.defaultMode = instance.getDefaultMode();
      this.defaultUser = instance.getDefaultUser();
      this.items = instance.getItems() == null ? null : new ArrayList<>(instance.getItems());
      this.name = instance.getName();
      this.optional = instance.getOptional();
    }
  }

  /** A new {@link V1ConfigMapVolumeSource} holding what was set (lists and maps copied). */
  V1ConfigMapVolumeSource toModel() {
    V1ConfigMapVolumeSource o = new V1ConfigMapVolumeSource();
    o.setDefaultMode(defaultMode);
    o.setDefaultUser(defaultUser);
    o.setItems(items == null ? null : new ArrayList<>(items));
    o.setName(name);
    o.setOptional(optional);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getDefaultMode() {
    return defaultMode;
  }

  public A withDefaultMode(Integer defaultMode) {
    this.defaultMode = defaultMode;
    return self();
  }

  public boolean hasDefaultMode() {
    return defaultMode != null;
  }

  public Long getDefaultUser() {
    return defaultUser;
  }

  public A withDefaultUser(Long defaultUser) {
    this.defaultUser = defaultUser;
    return self();
  }

  public boolean hasDefaultUser() {
    return defaultUser != null;
  }

  public List<V1KeyToPath> getItems() {
    return items;
  }

  public A withItems(List<V1KeyToPath> items) {
    this.items = items == null ? null : new ArrayList<>(items);
    return self();
  }

  public boolean hasItems() {
    return items != null;
  }

  public A withItems(V1KeyToPath... items) {
    this.items = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToItems(V1KeyToPath... items) {
    for (V1KeyToPath item : items) {
      addToItems(-1, item);
    }
    return self();
  }

  public A removeFromItems(V1KeyToPath... items) {
    return removeAllFromItems(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToItems(int index, V1KeyToPath item) {
    if (this.items == null) {
      this.items = new ArrayList<>();
    }
    if (index < 0 || index >= this.items.size()) {
      this.items.add(item);
    } else {
      this.items.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToItems(int index, V1KeyToPath item) {
    if (index < 0 || this.items == null || index >= this.items.size()) {
      return addToItems(-1, item);
    }
    this.items.set(index, item);
    return self();
  }

  public A addAllToItems(Collection<V1KeyToPath> items) {
    for (V1KeyToPath item : items) {
      addToItems(-1, item);
    }
    return self();
  }

  public A removeAllFromItems(Collection<V1KeyToPath> items) {
    if (this.items != null) {
      this.items.removeAll(items);
    }
    return self();
  }

  public List<V1KeyToPath> buildItems() {
    return items;
  }

  public V1KeyToPath buildItem(int index) {
    return this.items.get(index);
  }

  public ItemsNested addNewItem() {
    return new ItemsNested(-1, null);
  }

  public ItemsNested addNewItemLike(V1KeyToPath item) {
    return new ItemsNested(-1, item);
  }

  public ItemsNested setNewItemLike(int index, V1KeyToPath item) {
    return new ItemsNested(index, item);
  }

  public ItemsNested editItem(int index) {
    if (this.items == null || index < 0 || index >= this.items.size()) {
      throw new IndexOutOfBoundsException("can't edit items [" + index + "]");
    }
    return new ItemsNested(index, this.items.get(index));
  }

  public ItemsNested editFirstItem() {
    return editItem(0);
  }

  public ItemsNested editLastItem() {
    return editItem(this.items == null ? -1 : this.items.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ItemsNested extends V1KeyToPathFluent<ItemsNested> {
    private final int index;

    ItemsNested(int index, V1KeyToPath item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ConfigMapVolumeSourceFluent.this.setToItems(index, toModel());
    }

    public A endItem() {
      return and();
    }
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

  public Boolean getOptional() {
    return optional;
  }

  public A withOptional(Boolean optional) {
    this.optional = optional;
    return self();
  }

  public boolean hasOptional() {
    return optional != null;
  }
}
