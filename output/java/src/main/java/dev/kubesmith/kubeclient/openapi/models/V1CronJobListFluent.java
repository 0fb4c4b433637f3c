package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CronJobList}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CronJobListBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CronJobListFluent<A extends V1CronJobListFluent<A>> {
  private String apiVersion;
  private List<V1CronJob> items;
  private String kind;
  private V1ListMeta metadata;

  public V1CronJobListFluent() {}

  public V1CronJobListFluent(V1CronJobList instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CronJobList instance) {
    if (instance != null) {
      this.apiVersion = instance.getApiVersion();
      this.items = instance.getItems() == null ? null : new ArrayList<>(instance.getItems());
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
    }
  }

  /** A new {@link V1CronJobList} holding what was set (lists and maps copied). */
  V1CronJobList toModel() {
    V1CronJobList o = new V1CronJobList();
    o.setApiVersion(apiVersion);
    o.setItems(items == null ? null : new ArrayList<>(items));
    o.setKind(kind);
    o.setMetadata(metadata);
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

  public List<V1CronJob> getItems() {
    return items;
  }

  public A withItems(List<V1CronJob> items) {
    this.items = items == null ? null : new ArrayList<>(items);
    return self();
  }

  public boolean hasItems() {
    return items != null;
  }

  public A withItems(V1CronJob... items) {
    this.items = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToItems(V1CronJob... items) {
    for (V1CronJob item : items) {
      addToItems(-1, item);
    }
    return self();
  }

  public A removeFromItems(V1CronJob... items) {
    return removeAllFromItems(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToItems(int index, V1CronJob item) {
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
  public A setToItems(int index, V1CronJob item) {
    if (index < 0 || this.items == null || index >= this.items.size()) {
      return addToItems(-1, item);
    }
    this.items.set(index, item);
    return self();
  }

  public A addAllToItems(Collection<V1CronJob> items) {
    for (V1CronJob item : items) {
      addToItems(-1, item);
    }
    return self();
  }

  public A removeAllFromItems(Collection<V1CronJob> items) {
    if (this.items != null) {
      this.items.removeAll(items);
    }
    return self();
  }

  public List<V1CronJob> buildItems() {
    return items;
  }

  public V1CronJob buildItem(int index) {
    return this.items.get(index);
  }

  public ItemsNested addNewItem() {
    return new ItemsNested(-1, null);
  }

  public ItemsNested addNewItemLike(V1CronJob item) {
    return new ItemsNested(-1, item);
  }

  public ItemsNested setNewItemLike(int index, V1CronJob item) {
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
  public class ItemsNested extends V1CronJobFluent<ItemsNested> {
    private final int index;

    ItemsNested(int index, V1CronJob item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CronJobListFluent.this.setToItems(index, toModel());
    }

    public A endItem() {
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

  public V1ListMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ListMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ListMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ListMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ListMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ListMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ListMetaFluent<MetadataNested> {
    MetadataNested(V1ListMeta item) {
      super(item);
    }

    public A and() {
      return V1CronJobListFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }
}
