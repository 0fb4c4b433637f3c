package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha3ShareableSummaryStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3ShareableSummaryStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3ShareableSummaryStatusFluent<A extends V1alpha3ShareableSummaryStatusFluent<A>> {
  private List<V1alpha3ShareableCapacityStatus> capacity;
  private Integer fullyAvailableDevices;
  private Integer partiallyAvailableDevices;

  public V1alpha3ShareableSummaryStatusFluent() {}

  public V1alpha3ShareableSummaryStatusFluent(V1alpha3ShareableSummaryStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3ShareableSummaryStatus instance) {
    if (instance != null) {
      this.capacity = instance.getCapacity() == null ? null : new ArrayList<>(instance.getCapacity());
      this.fullyAvailableDevices = instance.getFullyAvailableDevices();
      this.partiallyAvailableDevices = instance.getPartiallyAvailableDevices();
    }
  }

  /** A new {@link V1alpha3ShareableSummaryStatus} holding what was set (lists and maps copied). */
  V1alpha3ShareableSummaryStatus toModel() {
    V1alpha3ShareableSummaryStatus o = new V1alpha3ShareableSummaryStatus();
    o.setCapacity(capacity == null ? null : new ArrayList<>(capacity));
    o.setFullyAvailableDevices(fullyAvailableDevices);
    o.setPartiallyAvailableDevices(partiallyAvailableDevices);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1alpha3ShareableCapacityStatus> getCapacity() {
    return capacity;
  }

  public A withCapacity(List<V1alpha3ShareableCapacityStatus> capacity) {
    this.capacity = capacity == null ? null : new ArrayList<>(capacity);
    return self();
  }

  public boolean hasCapacity() {
    return capacity != null;
  }

  public A withCapacity(V1alpha3ShareableCapacityStatus... items) {
    this.capacity = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCapacity(V1alpha3ShareableCapacityStatus... items) {
    for (V1alpha3ShareableCapacityStatus item : items) {
      addToCapacity(-1, item);
    }
    return self();
  }

  public A removeFromCapacity(V1alpha3ShareableCapacityStatus... items) {
    return removeAllFromCapacity(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCapacity(int index, V1alpha3ShareableCapacityStatus item) {
    if (this.capacity == null) {
      this.capacity = new ArrayList<>();
    }
    if (index < 0 || index >= this.capacity.size()) {
      this.capacity.add(item);
    } else {
      this.capacity.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCapacity(int index, V1alpha3ShareableCapacityStatus item) {
    if (index < 0 || this.capacity == null || index >= this.capacity.size()) {
      return addToCapacity(-1, item);
    }
    this.capacity.set(index, item);
    return self();
  }

  public A addAllToCapacity(Collection<V1alpha3ShareableCapacityStatus> items) {
    for (V1alpha3ShareableCapacityStatus item : items) {
      addToCapacity(-1, item);
    }
    return self();
  }

  public A removeAllFromCapacity(Collection<V1alpha3ShareableCapacityStatus> items) {
    if (this.capacity != null) {
      this.capacity.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3ShareableCapacityStatus> buildCapacity() {
    return capacity;
  }

  public V1alpha3ShareableCapacityStatus buildCapacity(int index) {
    return this.capacity.get(index);
  }

  public CapacityNested addNewCapacity() {
    return new CapacityNested(-1, null);
  }

  public CapacityNested addNewCapacityLike(V1alpha3ShareableCapacityStatus item) {
    return new CapacityNested(-1, item);
  }

  public CapacityNested setNewCapacityLike(int index, V1alpha3ShareableCapacityStatus item) {
    return new CapacityNested(index, item);
  }

  public CapacityNested editCapacity(int index) {
    if (this.capacity == null || index < 0 || index >= this.capacity.size()) {
      throw new IndexOutOfBoundsException("can't edit capacity [" + index + "]");
    }
    return new CapacityNested(index, this.capacity.get(index));
  }

  public CapacityNested editFirstCapacity() {
    return editCapacity(0);
  }

  public CapacityNested editLastCapacity() {
    return editCapacity(this.capacity == null ? -1 : this.capacity.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class CapacityNested extends V1alpha3ShareableCapacityStatusFluent<CapacityNested> {
    private final int index;

    CapacityNested(int index, V1alpha3ShareableCapacityStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha3ShareableSummaryStatusFluent.this.setToCapacity(index, toModel());
    }

    public A endCapacity() {
      return and();
    }
  }

  public Integer getFullyAvailableDevices() {
    return fullyAvailableDevices;
  }

  public A withFullyAvailableDevices(Integer fullyAvailableDevices) {
    this.fullyAvailableDevices = fullyAvailableDevices;
    return self();
  }

  public boolean hasFullyAvailableDevices() {
    return fullyAvailableDevices != null;
  }

  public Integer getPartiallyAvailableDevices() {
    return partiallyAvailableDevices;
  }

  public A withPartiallyAvailableDevices(Integer partiallyAvailableDevices) {
    this.partiallyAvailableDevices = partiallyAvailableDevices;
    return self();
  }

  public boolean hasPartiallyAvailableDevices() {
    return partiallyAvailableDevices != null;
  }
}
