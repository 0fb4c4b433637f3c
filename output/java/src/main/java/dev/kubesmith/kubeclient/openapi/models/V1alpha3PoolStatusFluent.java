package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1alpha3PoolStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1alpha3PoolStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1alpha3PoolStatusFluent<A extends V1alpha3PoolStatusFluent<A>> {
  private Integer allocatedDevices;
  private Integer availableDevices;
  private String driver;
  private Long generation;
  private String nodeName;
  private List<V1alpha3PartitionTypeStatus> partitionSummary;
  private String poolName;
  private Integer resourceSliceCount;
  private V1alpha3ShareableSummaryStatus shareableSummary;
  private Integer totalDevices;
  private Integer unavailableDevices;
  private String validationError;

  public V1alpha3PoolStatusFluent() {}

  public V1alpha3PoolStatusFluent(V1alpha3PoolStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1alpha3PoolStatus instance) {
    if (instance != null) {
      this.allocatedDevices = instance.getAllocatedDevices();
      this.availableDevices = instance.getAvailableDevices();
      this.driver = instance.getDriver();
      this.generation = instance.getGeneration();
      this.nodeName = instance.getNodeName();
      this.partitionSummary = instance.getPartitionSummary() == null ? null : new ArrayList<>(instance.getPartitionSummary());
      this.poolName = instance.getPoolName();
      this.resourceSliceCount = instance.getResourceSliceCount();
      this.shareableSummary = instance.getShareableSummary();
      this.totalDevices = instance.getTotalDevices();
      this.unavailableDevices = instance.getUnavailableDevices();
      this.validationError = instance.getValidationError();
    }
  }

  /** A new {@link V1alpha3PoolStatus} holding what was set (lists and maps copied). */
  V1alpha3PoolStatus toModel() {
    V1alpha3PoolStatus o = new V1alpha3PoolStatus();
    o.setAllocatedDevices(allocatedDevices);
    o.setAvailableDevices(availableDevices);
    o.setDriver(driver);
    o.setGeneration(generation);
    o.setNodeName(nodeName);
    o.setPartitionSummary(partitionSummary == null ? null : new ArrayList<>(partitionSummary));
    o.setPoolName(poolName);
    o.setResourceSliceCount(resourceSliceCount);
    o.setShareableSummary(shareableSummary);
    o.setTotalDevices(totalDevices);
    o.setUnavailableDevices(unavailableDevices);
    o.setValidationError(validationError);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Integer getAllocatedDevices() {
    return allocatedDevices;
  }

  public A withAllocatedDevices(Integer allocatedDevices) {
    this.allocatedDevices = allocatedDevices;
    return self();
  }

  public boolean hasAllocatedDevices() {
    return allocatedDevices != null;
  }

  public Integer getAvailableDevices() {
    return availableDevices;
  }

  public A withAvailableDevices(Integer availableDevices) {
    this.availableDevices = availableDevices;
    return self();
  }

  public boolean hasAvailableDevices() {
    return availableDevices != null;
  }

  public String getDriver() {
    return driver;
  }

  public A withDriver(String driver) {
    this.driver = driver;
    return self();
  }

  public boolean hasDriver() {
    return driver != null;
  }

  public Long getGeneration() {
    return generation;
  }

  public A withGeneration(Long generation) {
    this.generation = generation;
    return self();
  }

  public boolean hasGeneration() {
    return generation != null;
  }

  public String getNodeName() {
    return nodeName;
  }

  public A withNodeName(String nodeName) {
    this.nodeName = nodeName;
    return self();
  }

  public boolean hasNodeName() {
    return nodeName != null;
  }

  public List<V1alpha3PartitionTypeStatus> getPartitionSummary() {
    return partitionSummary;
  }

  public A withPartitionSummary(List<V1alpha3PartitionTypeStatus> partitionSummary) {
    this.partitionSummary = partitionSummary == null ? null : new ArrayList<>(partitionSummary);
    return self();
  }

  public boolean hasPartitionSummary() {
    return partitionSummary != null;
  }

  public A withPartitionSummary(V1alpha3PartitionTypeStatus... items) {
    this.partitionSummary = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPartitionSummary(V1alpha3PartitionTypeStatus... items) {
    for (V1alpha3PartitionTypeStatus item : items) {
      addToPartitionSummary(-1, item);
    }
    return self();
  }

  public A removeFromPartitionSummary(V1alpha3PartitionTypeStatus... items) {
    return removeAllFromPartitionSummary(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPartitionSummary(int index, V1alpha3PartitionTypeStatus item) {
    if (this.partitionSummary == null) {
      this.partitionSummary = new ArrayList<>();
    }
    if (index < 0 || index >= this.partitionSummary.size()) {
      this.partitionSummary.add(item);
    } else {
      this.partitionSummary.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPartitionSummary(int index, V1alpha3PartitionTypeStatus item) {
    if (index < 0 || this.partitionSummary == null || index >= this.partitionSummary.size()) {
      return addToPartitionSummary(-1, item);
    }
    this.partitionSummary.set(index, item);
    return self();
  }

  public A addAllToPartitionSummary(Collection<V1alpha3PartitionTypeStatus> items) {
    for (V1alpha3PartitionTypeStatus item : items) {
      addToPartitionSummary(-1, item);
    }
    return self();
  }

  public A removeAllFromPartitionSummary(Collection<V1alpha3PartitionTypeStatus> items) {
    if (this.partitionSummary != null) {
      this.partitionSummary.removeAll(items);
    }
    return self();
  }

  public List<V1alpha3PartitionTypeStatus> buildPartitionSummary() {
    return partitionSummary;
  }

  public V1alpha3PartitionTypeStatus buildPartitionSummary(int index) {
    return this.partitionSummary.get(index);
  }

  public PartitionSummaryNested addNewPartitionSummary() {
    return new PartitionSummaryNested(-1, null);
  }

  public PartitionSummaryNested addNewPartitionSummaryLike(V1alpha3PartitionTypeStatus item) {
    return new PartitionSummaryNested(-1, item);
  }

  public PartitionSummaryNested setNewPartitionSummaryLike(int index, V1alpha3PartitionTypeStatus item) {
    return new PartitionSummaryNested(index, item);
  }

  public PartitionSummaryNested editPartitionSummary(int index) {
    if (this.partitionSummary == null || index < 0 || index >= this.partitionSummary.size()) {
      throw new IndexOutOfBoundsException("can't edit partitionSummary [" + index + "]");
    }
    return new PartitionSummaryNested(index, this.partitionSummary.get(index));
  }

  public PartitionSummaryNested editFirstPartitionSummary() {
    return editPartitionSummary(0);
  }

  public PartitionSummaryNested editLastPartitionSummary() {
    return editPartitionSummary(this.partitionSummary == null ? -1 : this.partitionSummary.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PartitionSummaryNested extends V1alpha3PartitionTypeStatusFluent<PartitionSummaryNested> {
    private final int index;

    PartitionSummaryNested(int index, V1alpha3PartitionTypeStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1alpha3PoolStatusFluent.this.setToPartitionSummary(index, toModel());
    }

    public A endPartitionSummary() {
      return and();
    }
  }

  public String getPoolName() {
    return poolName;
  }

  public A withPoolName(String poolName) {
    this.poolName = poolName;
    return self();
  }

  public boolean hasPoolName() {
    return poolName != null;
  }

  public Integer getResourceSliceCount() {
    return resourceSliceCount;
  }

  public A withResourceSliceCount(Integer resourceSliceCount) {
    this.resourceSliceCount = resourceSliceCount;
    return self();
  }

  public boolean hasResourceSliceCount() {
    return resourceSliceCount != null;
  }

  public V1alpha3ShareableSummaryStatus getShareableSummary() {
    return shareableSummary;
  }

  public A withShareableSummary(V1alpha3ShareableSummaryStatus shareableSummary) {
    this.shareableSummary = shareableSummary;
    return self();
  }

  public boolean hasShareableSummary() {
    return shareableSummary != null;
  }

  public V1alpha3ShareableSummaryStatus buildShareableSummary() {
    return shareableSummary;
  }

  public ShareableSummaryNested withNewShareableSummary() {
    return new ShareableSummaryNested(null);
  }

  public ShareableSummaryNested withNewShareableSummaryLike(V1alpha3ShareableSummaryStatus item) {
    return new ShareableSummaryNested(item);
  }

  public ShareableSummaryNested editShareableSummary() {
    return new ShareableSummaryNested(shareableSummary);
  }

  public ShareableSummaryNested editOrNewShareableSummary() {
    return new ShareableSummaryNested(shareableSummary != null ? shareableSummary : new V1alpha3ShareableSummaryStatus());
  }

  public ShareableSummaryNested editOrNewShareableSummaryLike(V1alpha3ShareableSummaryStatus item) {
    return new ShareableSummaryNested(shareableSummary != null ? shareableSummary : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ShareableSummaryNested extends V1alpha3ShareableSummaryStatusFluent<ShareableSummaryNested> {
    ShareableSummaryNested(V1alpha3ShareableSummaryStatus item) {
      super(item);
    }

    public A and() {
      return V1alpha3PoolStatusFluent.this.withShareableSummary(toModel());
    }

    public A endShareableSummary() {
      return and();
    }
  }

  public Integer getTotalDevices() {
    return totalDevices;
  }

  public A withTotalDevices(Integer totalDevices) {
    this.totalDevices = totalDevices;
    return self();
  }

  public boolean hasTotalDevices() {
    return totalDevices != null;
  }

  public Integer getUnavailableDevices() {
    return unavailableDevices;
  }

  public A withUnavailableDevices(Integer unavailableDevices) {
    this.unavailableDevices = unavailableDevices;
    return self();
  }

  public boolean hasUnavailableDevices() {
    return unavailableDevices != null;
  }

  public String getValidationError() {
    return validationError;
  }

  public A withValidationError(String validationError) {
    this.validationError = validationError;
    return self();
  }

  public boolean hasValidationError() {
    return validationError != null;
  }
}
