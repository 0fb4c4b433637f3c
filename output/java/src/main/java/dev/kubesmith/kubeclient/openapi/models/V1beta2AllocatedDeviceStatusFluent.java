package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta2AllocatedDeviceStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2AllocatedDeviceStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2AllocatedDeviceStatusFluent<A extends V1beta2AllocatedDeviceStatusFluent<A>> {
  private List<V1Condition> conditions;
  private Object data;
  private String device;
  private String driver;
  private V1beta2NetworkDeviceData networkData;
  private String pool;
  private String shareID;

  public V1beta2AllocatedDeviceStatusFluent() {}

  public V1beta2AllocatedDeviceStatusFluent(V1beta2AllocatedDeviceStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2AllocatedDeviceStatus instance) {
    if (instance != null) {
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.data = instance.getData();
      this.device = instance.getDevice();
      this.driver = instance.getDriver();
      this.networkData = instance.getNetworkData();
      this.pool = instance.getPool();
      this.shareID = instance.getShareID();
    }
  }

  /** A new {@link V1beta2AllocatedDeviceStatus} holding what was set (lists and maps copied). */
  V1beta2AllocatedDeviceStatus toModel() {
    V1beta2AllocatedDeviceStatus o = new V1beta2AllocatedDeviceStatus();
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setData(data);
    o.setDevice(device);
    o.setDriver(driver);
    o.setNetworkData(networkData);
    o.setPool(pool);
    o.setShareID(shareID);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1Condition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1Condition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1Condition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1Condition... items) {
    for (V1Condition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1Condition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.conditions.size()) {
      this.conditions.add(item);
    } else {
      this.conditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToConditions(int index, V1Condition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1Condition> items) {
    for (V1Condition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1Condition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1Condition> buildConditions() {
    return conditions;
  }

  public V1Condition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1Condition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1Condition item) {
    return new ConditionsNested(index, item);
  }

  public ConditionsNested editCondition(int index) {
    if (this.conditions == null || index < 0 || index >= this.conditions.size()) {
      throw new IndexOutOfBoundsException("can't edit conditions [" + index + "]");
    }
    return new ConditionsNested(index, this.conditions.get(index));
  }

  public ConditionsNested editFirstCondition() {
    return editCondition(0);
  }

  public ConditionsNested editLastCondition() {
    return editCondition(this.conditions == null ? -1 : this.conditions.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ConditionsNested extends V1ConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1Condition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta2AllocatedDeviceStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public Object getData() {
    return data;
  }

  public A withData(Object data) {
    this.data = data;
    return self();
  }

  public boolean hasData() {
    return data != null;
  }

  public String getDevice() {
    return device;
  }

  public A withDevice(String device) {
    this.device = device;
    return self();
  }

  public boolean hasDevice() {
    return device != null;
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

  public V1beta2NetworkDeviceData getNetworkData() {
    return networkData;
  }

  public A withNetworkData(V1beta2NetworkDeviceData networkData) {
    this.networkData = networkData;
    return self();
  }

  public boolean hasNetworkData() {
    return networkData != null;
  }

  public V1beta2NetworkDeviceData buildNetworkData() {
    return networkData;
  }

  public NetworkDataNested withNewNetworkData() {
    return new NetworkDataNested(null);
  }

  public NetworkDataNested withNewNetworkDataLike(V1beta2NetworkDeviceData item) {
    return new NetworkDataNested(item);
  }

  public NetworkDataNested editNetworkData() {
    return new NetworkDataNested(networkData);
  }

  public NetworkDataNested editOrNewNetworkData() {
    return new NetworkDataNested(networkData != null ? networkData : new V1beta2NetworkDeviceData());
  }

  public NetworkDataNested editOrNewNetworkDataLike(V1beta2NetworkDeviceData item) {
    return new NetworkDataNested(networkData != null ? networkData : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NetworkDataNested extends V1beta2NetworkDeviceDataFluent<NetworkDataNested> {
    NetworkDataNested(V1beta2NetworkDeviceData item) {
      super(item);
    }

    public A and() {
      return V1beta2AllocatedDeviceStatusFluent.this.withNetworkData(toModel());
    }

    public A endNetworkData() {
      return and();
    }
  }

  public String getPool() {
    return pool;
  }

  public A withPool(String pool) {
    this.pool = pool;
    return self();
  }

  public boolean hasPool() {
    return pool != null;
  }

  public String getShareID() {
    return shareID;
  }

  public A withShareID(String shareID) {
    this.shareID = shareID;
    return self();
  }

  public boolean hasShareID() {
    return shareID != null;
  }
}
