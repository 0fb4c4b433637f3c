package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1CSINodeStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CSINodeStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CSINodeStatusFluent<A extends V1CSINodeStatusFluent<A>> {
  private List<V1StorageHealth> storageHealth;

  public V1CSINodeStatusFluent() {}

  public V1CSINodeStatusFluent(V1CSINodeStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CSINodeStatus instance) {
    if (instance != null) {
      this.storageHealth = instance.getStorageHealth() == null ? null : new ArrayList<>(instance.getStorageHealth());
    }
  }

  /** A new {@link V1CSINodeStatus} holding what was set (lists and maps copied). */
  V1CSINodeStatus toModel() {
    V1CSINodeStatus o = new V1CSINodeStatus();
    o.setStorageHealth(storageHealth == null ? null : new ArrayList<>(storageHealth));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1StorageHealth> getStorageHealth() {
    return storageHealth;
  }

  public A withStorageHealth(List<V1StorageHealth> storageHealth) {
    this.storageHealth = storageHealth == null ? null : new ArrayList<>(storageHealth);
    return self();
  }

  public boolean hasStorageHealth() {
    return storageHealth != null;
  }

  public A withStorageHealth(V1StorageHealth... items) {
    this.storageHealth = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToStorageHealth(V1StorageHealth... items) {
    for (V1StorageHealth item : items) {
      addToStorageHealth(-1, item);
    }
    return self();
  }

  public A removeFromStorageHealth(V1StorageHealth... items) {
    return removeAllFromStorageHealth(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToStorageHealth(int index, V1StorageHealth item) {
    if (this.storageHealth == null) {
      this.storageHealth = new ArrayList<>();
    }
    if (index < 0 || index >= this.storageHealth.size()) {
      this.storageHealth.add(item);
    } else {
      this.storageHealth.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToStorageHealth(int index, V1StorageHealth item) {
    if (index < 0 || this.storageHealth == null || index >= this.storageHealth.size()) {
      return addToStorageHealth(-1, item);
    }
    this.storageHealth.set(index, item);
    return self();
  }

  public A addAllToStorageHealth(Collection<V1StorageHealth> items) {
    for (V1StorageHealth item : items) {
      addToStorageHealth(-1, item);
    }
    return self();
  }

  public A removeAllFromStorageHealth(Collection<V1StorageHealth> items) {
    if (this.storageHealth != null) {
      this.storageHealth.removeAll(items);
    }
    return self();
  }

  public List<V1StorageHealth> buildStorageHealth() {
    return storageHealth;
  }

  public V1StorageHealth buildStorageHealth(int index) {
    return this.storageHealth.get(index);
  }

  public StorageHealthNested addNewStorageHealth() {
    return new StorageHealthNested(-1, null);
  }

  public StorageHealthNested addNewStorageHealthLike(V1StorageHealth item) {
    return new StorageHealthNested(-1, item);
  }

  public StorageHealthNested setNewStorageHealthLike(int index, V1StorageHealth item) {
    return new StorageHealthNested(index, item);
  }

  public StorageHealthNested editStorageHealth(int index) {
    if (this.storageHealth == null || index < 0 || index >= this.storageHealth.size()) {
      throw new IndexOutOfBoundsException("can't edit storageHealth [" + index + "]");
    }
    return new StorageHealthNested(index, this.storageHealth.get(index));
  }

  public StorageHealthNested editFirstStorageHealth() {
    return editStorageHealth(0);
  }

  public StorageHealthNested editLastStorageHealth() {
    return editStorageHealth(this.storageHealth == null ? -1 : this.storageHealth.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class StorageHealthNested extends V1StorageHealthFluent<StorageHealthNested> {
    private final int index;

    StorageHealthNested(int index, V1StorageHealth item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1CSINodeStatusFluent.this.setToStorageHealth(index, toModel());
    }

    public A endStorageHealth() {
      return and();
    }
  }
}
