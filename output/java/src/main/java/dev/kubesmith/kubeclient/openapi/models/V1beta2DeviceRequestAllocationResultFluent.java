package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1beta2DeviceRequestAllocationResult}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2DeviceRequestAllocationResultBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2DeviceRequestAllocationResultFluent<A extends V1beta2DeviceRequestAllocationResultFluent<A>> {
  private Boolean adminAccess;
  private List<String> bindingConditions;
  private List<String> bindingFailureConditions;
  private Map<String, Quantity> consumedCapacity;
  private String device;
  private String driver;
  private String pool;
  private String request;
  private String shareID;
  private List<String> skipNodeOperations;
  private List<V1beta2DeviceToleration> tolerations;

  public V1beta2DeviceRequestAllocationResultFluent() {}

  public V1beta2DeviceRequestAllocationResultFluent(V1beta2DeviceRequestAllocationResult instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2DeviceRequestAllocationResult instance) {
    if (instance != null) {
      this.adminAccess = instance.getAdminAccess();
      this.bindingConditions = instance.getBindingConditions() == null ? null : new ArrayList<>(instance.getBindingConditions());
      this.bindingFailureConditions = instance.getBindingFailureConditions() == null ? null : new ArrayList<>(instance.getBindingFailureConditions());
      this.consumedCapacity = instance.getConsumedCapacity() == null ? null : new LinkedHashMap<>(instance.getConsumedCapacity());
      this.device = instance.getDevice();
      this.driver = instance.getDriver();
      this.pool = instance.getPool();
      this.request = instance.getRequest();
      this.shareID = instance.getShareID();
      this.skipNodeOperations = instance.getSkipNodeOperations() == null ? null : new ArrayList<>(instance.getSkipNodeOperations());
      this.tolerations = instance.getTolerations() == null ? null : new ArrayList<>(instance.getTolerations());
    }
  }

  /** A new {@link V1beta2DeviceRequestAllocationResult} holding what was set (lists and maps copied). */
  V1beta2DeviceRequestAllocationResult toModel() {
    V1beta2DeviceRequestAllocationResult o = new V1beta2DeviceRequestAllocationResult();
    o.setAdminAccess(adminAccess);
    o.setBindingConditions(bindingConditions == null ? null : new ArrayList<>(bindingConditions));
    o.setBindingFailureConditions(bindingFailureConditions == null ? null : new ArrayList<>(bindingFailureConditions));
    o.setConsumedCapacity(consumedCapacity == null ? null : new LinkedHashMap<>(consumedCapacity));
    o.setDevice(device);
    o.setDriver(driver);
    o.setPool(pool);
    o.setRequest(request);
    o.setShareID(shareID);
    o.setSkipNodeOperations(skipNodeOperations == null ? null : new ArrayList<>(skipNodeOperations));
    o.setTolerations(tolerations == null ? null : new ArrayList<>(tolerations));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getAdminAccess() {
    return adminAccess;
  }

  public A withAdminAccess(Boolean adminAccess) {
    this.adminAccess = adminAccess;
    return self();
  }

  public boolean hasAdminAccess() {
    return adminAccess != null;
  }

  public List<String> getBindingConditions() {
    return bindingConditions;
  }

  public A withBindingConditions(List<String> bindingConditions) {
    this.bindingConditions = bindingConditions == null ? null : new ArrayList<>(bindingConditions);
    return self();
  }

  public boolean hasBindingConditions() {
    return bindingConditions != null;
  }

  public A withBindingConditions(String... items) {
    this.bindingConditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToBindingConditions(String... items) {
    for (String item : items) {
      addToBindingConditions(-1, item);
    }
    return self();
  }

  public A removeFromBindingConditions(String... items) {
    return removeAllFromBindingConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToBindingConditions(int index, String item) {
    if (this.bindingConditions == null) {
      this.bindingConditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.bindingConditions.size()) {
      this.bindingConditions.add(item);
    } else {
      this.bindingConditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToBindingConditions(int index, String item) {
    if (index < 0 || this.bindingConditions == null || index >= this.bindingConditions.size()) {
      return addToBindingConditions(-1, item);
    }
    this.bindingConditions.set(index, item);
    return self();
  }

  public A addAllToBindingConditions(Collection<String> items) {
    for (String item : items) {
      addToBindingConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromBindingConditions(Collection<String> items) {
    if (this.bindingConditions != null) {
      this.bindingConditions.removeAll(items);
    }
    return self();
  }

  public List<String> getBindingFailureConditions() {
    return bindingFailureConditions;
  }

  public A withBindingFailureConditions(List<String> bindingFailureConditions) {
    this.bindingFailureConditions = bindingFailureConditions == null ? null : new ArrayList<>(bindingFailureConditions);
    return self();
  }

  public boolean hasBindingFailureConditions() {
    return bindingFailureConditions != null;
  }

  public A withBindingFailureConditions(String... items) {
    this.bindingFailureConditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToBindingFailureConditions(String... items) {
    for (String item : items) {
      addToBindingFailureConditions(-1, item);
    }
    return self();
  }

  public A removeFromBindingFailureConditions(String... items) {
    return removeAllFromBindingFailureConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToBindingFailureConditions(int index, String item) {
    if (this.bindingFailureConditions == null) {
      this.bindingFailureConditions = new ArrayList<>();
    }
    if (index < 0 || index >= this.bindingFailureConditions.size()) {
      this.bindingFailureConditions.add(item);
    } else {
      this.bindingFailureConditions.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToBindingFailureConditions(int index, String item) {
    if (index < 0 || this.bindingFailureConditions == null || index >= this.bindingFailureConditions.size()) {
      return addToBindingFailureConditions(-1, item);
    }
    this.bindingFailureConditions.set(index, item);
    return self();
  }

  public A addAllToBindingFailureConditions(Collection<String> items) {
    for (String item : items) {
      addToBindingFailureConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromBindingFailureConditions(Collection<String> items) {
    if (this.bindingFailureConditions != null) {
      this.bindingFailureConditions.removeAll(items);
    }
    return self();
  }

  public Map<String, Quantity> getConsumedCapacity() {
    return consumedCapacity;
  }

  public A withConsumedCapacity(Map<String, Quantity> consumedCapacity) {
    this.consumedCapacity = consumedCapacity == null ? null : new LinkedHashMap<>(consumedCapacity);
    return self();
  }

  public boolean hasConsumedCapacity() {
    return consumedCapacity != null;
  }

  public A addToConsumedCapacity(String key, Quantity value) {
    if (this.consumedCapacity == null) {
      this.consumedCapacity = new LinkedHashMap<>();
    }
    this.consumedCapacity.put(key, value);
    return self();
  }

  public A addToConsumedCapacity(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToConsumedCapacity(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromConsumedCapacity(String key) {
    if (this.consumedCapacity != null) {
      this.consumedCapacity.remove(key);
    }
    return self();
  }

  public A removeFromConsumedCapacity(Map<String, Quantity> map) {
    if (this.consumedCapacity != null && map != null) {
      this.consumedCapacity.keySet().removeAll(map.keySet());
    }
    return self();
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

  public String getRequest() {
    return request;
  }

  public A withRequest(String request) {
    this.request = request;
    return self();
  }

  public boolean hasRequest() {
    return request != null;
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

  public List<String> getSkipNodeOperations() {
    return skipNodeOperations;
  }

  public A withSkipNodeOperations(List<String> skipNodeOperations) {
    this.skipNodeOperations = skipNodeOperations == null ? null : new ArrayList<>(skipNodeOperations);
    return self();
  }

  public boolean hasSkipNodeOperations() {
    return skipNodeOperations != null;
  }

  public A withSkipNodeOperations(String... items) {
    this.skipNodeOperations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSkipNodeOperations(String... items) {
    for (String item : items) {
      addToSkipNodeOperations(-1, item);
    }
    return self();
  }

  public A removeFromSkipNodeOperations(String... items) {
    return removeAllFromSkipNodeOperations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSkipNodeOperations(int index, String item) {
    if (this.skipNodeOperations == null) {
      this.skipNodeOperations = new ArrayList<>();
    }
    if (index < 0 || index >= this.skipNodeOperations.size()) {
      this.skipNodeOperations.add(item);
    } else {
      this.skipNodeOperations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSkipNodeOperations(int index, String item) {
    if (index < 0 || this.skipNodeOperations == null || index >= this.skipNodeOperations.size()) {
      return addToSkipNodeOperations(-1, item);
    }
    this.skipNodeOperations.set(index, item);
    return self();
  }

  public A addAllToSkipNodeOperations(Collection<String> items) {
    for (String item : items) {
      addToSkipNodeOperations(-1, item);
    }
    return self();
  }

  public A removeAllFromSkipNodeOperations(Collection<String> items) {
    if (this.skipNodeOperations != null) {
      this.skipNodeOperations.removeAll(items);
    }
    return self();
  }

  public List<V1beta2DeviceToleration> getTolerations() {
    return tolerations;
  }

  public A withTolerations(List<V1beta2DeviceToleration> tolerations) {
    this.tolerations = tolerations == null ? null : new ArrayList<>(tolerations);
    return self();
  }

  public boolean hasTolerations() {
    return tolerations != null;
  }

  public A withTolerations(V1beta2DeviceToleration... items) {
    this.tolerations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTolerations(V1beta2DeviceToleration... items) {
    for (V1beta2DeviceToleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeFromTolerations(V1beta2DeviceToleration... items) {
    return removeAllFromTolerations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTolerations(int index, V1beta2DeviceToleration item) {
    if (this.tolerations == null) {
      this.tolerations = new ArrayList<>();
    }
    if (index < 0 || index >= this.tolerations.size()) {
      this.tolerations.add(item);
    } else {
      this.tolerations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTolerations(int index, V1beta2DeviceToleration item) {
    if (index < 0 || this.tolerations == null || index >= this.tolerations.size()) {
      return addToTolerations(-1, item);
    }
    this.tolerations.set(index, item);
    return self();
  }

  public A addAllToTolerations(Collection<V1beta2DeviceToleration> items) {
    for (V1beta2DeviceToleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeAllFromTolerations(Collection<V1beta2DeviceToleration> items) {
    if (this.tolerations != null) {
      this.tolerations.removeAll(items);
    }
    return self();
  }

  public List<V1beta2DeviceToleration> buildTolerations() {
    return tolerations;
  }

  public V1beta2DeviceToleration buildToleration(int index) {
    return this.tolerations.get(index);
  }

  public TolerationsNested addNewToleration() {
    return new TolerationsNested(-1, null);
  }

  public TolerationsNested addNewTolerationLike(V1beta2DeviceToleration item) {
    return new TolerationsNested(-1, item);
  }

  public TolerationsNested setNewTolerationLike(int index, V1beta2DeviceToleration item) {
    return new TolerationsNested(index, item);
  }

  public TolerationsNested editToleration(int index) {
    if (this.tolerations == null || index < 0 || index >= this.tolerations.size()) {
      throw new IndexOutOfBoundsException("can't edit tolerations [" + index + "]");
    }
    return new TolerationsNested(index, this.tolerations.get(index));
  }

  public TolerationsNested editFirstToleration() {
    return editToleration(0);
  }

  public TolerationsNested editLastToleration() {
    return editToleration(this.tolerations == null ? -1 : this.tolerations.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TolerationsNested extends V1beta2DeviceTolerationFluent<TolerationsNested> {
    private final int index;

    TolerationsNested(int index, V1beta2DeviceToleration item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta2DeviceRequestAllocationResultFluent.this.setToTolerations(index, toModel());
    }

    public A endToleration() {
      return and();
    }
  }
}
