package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1DownwardAPIProjection}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DownwardAPIProjectionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DownwardAPIProjectionFluent<A extends V1DownwardAPIProjectionFluent<A>> {
  private List<V1DownwardAPIVolumeFile> items;

  public V1DownwardAPIProjectionFluent() {}

  public V1DownwardAPIProjectionFluent(V1DownwardAPIProjection instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DownwardAPIProjection instance) {
    if (instance != null) {
      this.items = instance.getItems() == null ? null : new ArrayList<>(instance.getItems());
    }
  }

  /** A new {@link V1DownwardAPIProjection} holding what was set (lists and maps copied). */
  V1DownwardAPIProjection toModel() {
    V1DownwardAPIProjection o = new V1DownwardAPIProjection();
    o.setItems(items == null ? null : new ArrayList<>(items));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1DownwardAPIVolumeFile> getItems() {
    return items;
  }

  public A withItems(List<V1DownwardAPIVolumeFile> items) {
    this.items = items == null ? null : new ArrayList<>(items);
    return self();
  }

  public boolean hasItems() {
    return items != null;
  }

  public A withItems(V1DownwardAPIVolumeFile... items) {
    this.items = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToItems(V1DownwardAPIVolumeFile... items) {
    for (V1DownwardAPIVolumeFile item : items) {
      addToItems(-1, item);
    }
    return self();
  }

  public A removeFromItems(V1DownwardAPIVolumeFile... items) {
    return removeAllFromItems(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToItems(int index, V1DownwardAPIVolumeFile item) {
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
  public A setToItems(int index, V1DownwardAPIVolumeFile item) {
    if (index < 0 || this.items == null || index >= this.items.size()) {
      return addToItems(-1, item);
    }
    this.items.set(index, item);
    return self();
  }

  public A addAllToItems(Collection<V1DownwardAPIVolumeFile> items) {
    for (V1DownwardAPIVolumeFile item : items) {
      addToItems(-1, item);
    }
    return self();
  }

  public A removeAllFromItems(Collection<V1DownwardAPIVolumeFile> items) {
    if (this.items != null) {
      this.items.removeAll(items);
    }
    return self();
  }

  public List<V1DownwardAPIVolumeFile> buildItems() {
    return items;
  }

  public V1DownwardAPIVolumeFile buildItem(int index) {
    return this.items.get(index);
  }

  public ItemsNested addNewItem() {
    return new ItemsNested(-1, null);
  }

  public ItemsNested addNewItemLike(V1DownwardAPIVolumeFile item) {
    return new ItemsNested(-1, item);
  }

  public ItemsNested setNewItemLike(int index, V1DownwardAPIVolumeFile item) {
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
  public class ItemsNested extends V1DownwardAPIVolumeFileFluent<ItemsNested> {
    private final int index;

    ItemsNested(int index, V1DownwardAPIVolumeFile item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1DownwardAPIProjectionFluent.this.setToItems(index, toModel());
    }

    public A endItem() {
      return and();
    }
  }
}
