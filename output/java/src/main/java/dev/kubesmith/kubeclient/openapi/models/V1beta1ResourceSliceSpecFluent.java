package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1ResourceSliceSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1ResourceSliceSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1ResourceSliceSpecFluent<A extends V1beta1ResourceSliceSpecFluent<A>> {
  private Boolean allNodes;
  private List<V1beta1Device> devices;
  private String driver;
  private String nodeName;
  private V1NodeSelector nodeSelector;
  private String partitionTypeAttribute;
  private Boolean perDeviceNodeSelection;
  private V1beta1ResourcePool pool;
  private List<V1beta1CounterSet> sharedCounters;
  private List<String> skipNodeOperations;

  public V1beta1ResourceSliceSpecFluent() {}

  public V1beta1ResourceSliceSpecFluent(V1beta1ResourceSliceSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1ResourceSliceSpec instance) {
    if (instance != null) {
      this.allNodes = instance.getAllNodes();
      this.devices = instance.getDevices() == null ? null : new ArrayList<>(instance.getDevices());
      this.driver = instance.getDriver();
      this.nodeName = instance.getNodeName();
      this.nodeSelector = instance.getNodeSelector();
      this.partitionTypeAttribute = instance.getPartitionTypeAttribute();
      this.perDeviceNodeSelection = instance.getPerDeviceNodeSelection();
      this.pool = instance.getPool();
      this.sharedCounters = instance.getSharedCounters() == null ? null : new ArrayList<>(instance.getSharedCounters());
      this.skipNodeOperations = instance.getSkipNodeOperations() == null ? null : new ArrayList<>(instance.getSkipNodeOperations());
    }
  }

  /** A new {@link V1beta1ResourceSliceSpec} holding what was set (lists and maps copied). */
  V1beta1ResourceSliceSpec toModel() {
    V1beta1ResourceSliceSpec o = new V1beta1ResourceSliceSpec();
    o.setAllNodes(allNodes);
    o.setDevices(devices == null ? null : new ArrayList<>(devices));
    o.setDriver(driver);
    o.setNodeName(nodeName);
    o.setNodeSelector(nodeSelector);
    o.setPartitionTypeAttribute(partitionTypeAttribute);
    o.setPerDeviceNodeSelection(perDeviceNodeSelection);
    o.setPool(pool);
    o.setSharedCounters(sharedCounters == null ? null : new ArrayList<>(sharedCounters));
    o.setSkipNodeOperations(skipNodeOperations == null ? null : new ArrayList<>(skipNodeOperations));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getAllNodes() {
    return allNodes;
  }

  public A withAllNodes(Boolean allNodes) {
    this.allNodes = allNodes;
    return self();
  }

  public boolean hasAllNodes() {
    return allNodes != null;
  }

  public List<V1beta1Device> getDevices() {
    return devices;
  }

  public A withDevices(List<V1beta1Device> devices) {
    this.devices = devices == null ? null : new ArrayList<>(devices);
    return self();
  }

  public boolean hasDevices() {
    return devices != null;
  }

  public A withDevices(V1beta1Device... items) {
    this.devices = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDevices(V1beta1Device... items) {
    for (V1beta1Device item : items) {
      addToDevices(-1, item);
    }
    return self();
  }

  public A removeFromDevices(V1beta1Device... items) {
    return removeAllFromDevices(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDevices(int index, V1beta1Device item) {
    if (this.devices == null) {
      this.devices = new ArrayList<>();
    }
    if (index < 0 || index >= this.devices.size()) {
      this.devices.add(item);
    } else {
      this.devices.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDevices(int index, V1beta1Device item) {
    if (index < 0 || this.devices == null || index >= this.devices.size()) {
      return addToDevices(-1, item);
    }
    this.devices.set(index, item);
    return self();
  }

  public A addAllToDevices(Collection<V1beta1Device> items) {
    for (V1beta1Device item : items) {
      addToDevices(-1, item);
    }
    return self();
  }

  public A removeAllFromDevices(Collection<V1beta1Device> items) {
    if (this.devices != null) {
      this.devices.removeAll(items);
    }
    return self();
  }

  public List<V1beta1Device> buildDevices() {
    return devices;
  }

  public V1beta1Device buildDevice(int index) {
    return this.devices.get(index);
  }

  public DevicesNested addNewDevice() {
    return new DevicesNested(-1, null);
  }

  public DevicesNested addNewDeviceLike(V1beta1Device item) {
    return new DevicesNested(-1, item);
  }

  public DevicesNested setNewDeviceLike(int index, V1beta1Device item) {
    return new DevicesNested(index, item);
  }

  public DevicesNested editDevice(int index) {
    if (this.devices == null || index < 0 || index >= this.devices.size()) {
      throw new IndexOutOfBoundsException("can't edit devices [" + index + "]");
    }
    return new DevicesNested(index, this.devices.get(index));
  }

  public DevicesNested editFirstDevice() {
    return editDevice(0);
  }

  public DevicesNested editLastDevice() {
    return editDevice(this.devices == null ? -1 : this.devices.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class DevicesNested extends V1beta1DeviceFluent<DevicesNested> {
    private final int index;

    DevicesNested(int index, V1beta1Device item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1ResourceSliceSpecFluent.this.setToDevices(index, toModel());
    }

    public A endDevice() {
      return and();
    }
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

  public V1NodeSelector getNodeSelector() {
    return nodeSelector;
  }

  public A withNodeSelector(V1NodeSelector nodeSelector) {
    this.nodeSelector = nodeSelector;
    return self();
  }

  public boolean hasNodeSelector() {
    return nodeSelector != null;
  }

  public V1NodeSelector buildNodeSelector() {
    return nodeSelector;
  }

  public NodeSelectorNested withNewNodeSelector() {
    return new NodeSelectorNested(null);
  }

  public NodeSelectorNested withNewNodeSelectorLike(V1NodeSelector item) {
    return new NodeSelectorNested(item);
  }

  public NodeSelectorNested editNodeSelector() {
    return new NodeSelectorNested(nodeSelector);
  }

  public NodeSelectorNested editOrNewNodeSelector() {
    return new NodeSelectorNested(nodeSelector != null ? nodeSelector : new V1NodeSelector());
  }

  public NodeSelectorNested editOrNewNodeSelectorLike(V1NodeSelector item) {
    return new NodeSelectorNested(nodeSelector != null ? nodeSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodeSelectorNested extends V1NodeSelectorFluent<NodeSelectorNested> {
    NodeSelectorNested(V1NodeSelector item) {
      super(item);
    }

    public A and() {
      return V1beta1ResourceSliceSpecFluent.this.withNodeSelector(toModel());
    }

    public A endNodeSelector() {
      return and();
    }
  }

  public String getPartitionTypeAttribute() {
    return partitionTypeAttribute;
  }

  public A withPartitionTypeAttribute(String partitionTypeAttribute) {
    this.partitionTypeAttribute = partitionTypeAttribute;
    return self();
  }

  public boolean hasPartitionTypeAttribute() {
    return partitionTypeAttribute != null;
  }

  public Boolean getPerDeviceNodeSelection() {
    return perDeviceNodeSelection;
  }

  public A withPerDeviceNodeSelection(Boolean perDeviceNodeSelection) {
    this.perDeviceNodeSelection = perDeviceNodeSelection;
    return self();
  }

  public boolean hasPerDeviceNodeSelection() {
    return perDeviceNodeSelection != null;
  }

  public V1beta1ResourcePool getPool() {
    return pool;
  }

  public A withPool(V1beta1ResourcePool pool) {
    this.pool = pool;
    return self();
  }

  public boolean hasPool() {
    return pool != null;
  }

  public V1beta1ResourcePool buildPool() {
    return pool;
  }

  public PoolNested withNewPool() {
    return new PoolNested(null);
  }

  public PoolNested withNewPoolLike(V1beta1ResourcePool item) {
    return new PoolNested(item);
  }

  public PoolNested editPool() {
    return new PoolNested(pool);
  }

  public PoolNested editOrNewPool() {
    return new PoolNested(pool != null ? pool : new V1beta1ResourcePool());
  }

  public PoolNested editOrNewPoolLike(V1beta1ResourcePool item) {
    return new PoolNested(pool != null ? pool : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class PoolNested extends V1beta1ResourcePoolFluent<PoolNested> {
    PoolNested(V1beta1ResourcePool item) {
      super(item);
    }

    public A and() {
      return V1beta1ResourceSliceSpecFluent.this.withPool(toModel());
    }

    public A endPool() {
      return and();
    }
  }

  public List<V1beta1CounterSet> getSharedCounters() {
    return sharedCounters;
  }

  public A withSharedCounters(List<V1beta1CounterSet> sharedCounters) {
    this.sharedCounters = sharedCounters == null ? null : new ArrayList<>(sharedCounters);
    return self();
  }

  public boolean hasSharedCounters() {
    return sharedCounters != null;
  }

  public A withSharedCounters(V1beta1CounterSet... items) {
    this.sharedCounters = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSharedCounters(V1beta1CounterSet... items) {
    for (V1beta1CounterSet item : items) {
      addToSharedCounters(-1, item);
    }
    return self();
  }

  public A removeFromSharedCounters(V1beta1CounterSet... items) {
    return removeAllFromSharedCounters(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSharedCounters(int index, V1beta1CounterSet item) {
    if (this.sharedCounters == null) {
      this.sharedCounters = new ArrayList<>();
    }
    if (index < 0 || index >= this.sharedCounters.size()) {
      this.sharedCounters.add(item);
    } else {
      this.sharedCounters.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSharedCounters(int index, V1beta1CounterSet item) {
    if (index < 0 || this.sharedCounters == null || index >= this.sharedCounters.size()) {
      return addToSharedCounters(-1, item);
    }
    this.sharedCounters.set(index, item);
    return self();
  }

  public A addAllToSharedCounters(Collection<V1beta1CounterSet> items) {
    for (V1beta1CounterSet item : items) {
      addToSharedCounters(-1, item);
    }
    return self();
  }

  public A removeAllFromSharedCounters(Collection<V1beta1CounterSet> items) {
    if (this.sharedCounters != null) {
      this.sharedCounters.removeAll(items);
    }
    return self();
  }

  public List<V1beta1CounterSet> buildSharedCounters() {
    return sharedCounters;
  }

  public V1beta1CounterSet buildSharedCounter(int index) {
    return this.sharedCounters.get(index);
  }

  public SharedCountersNested addNewSharedCounter() {
    return new SharedCountersNested(-1, null);
  }

  public SharedCountersNested addNewSharedCounterLike(V1beta1CounterSet item) {
    return new SharedCountersNested(-1, item);
  }

  public SharedCountersNested setNewSharedCounterLike(int index, V1beta1CounterSet item) {
    return new SharedCountersNested(index, item);
  }

  public SharedCountersNested editSharedCounter(int index) {
    if (this.sharedCounters == null || index < 0 || index >= this.sharedCounters.size()) {
      throw new IndexOutOfBoundsException("can't edit sharedCounters [" + index + "]");
    }
    return new SharedCountersNested(index, this.sharedCounters.get(index));
  }

  public SharedCountersNested editFirstSharedCounter() {
    return editSharedCounter(0);
  }

  public SharedCountersNested editLastSharedCounter() {
    return editSharedCounter(this.sharedCounters == null ? -1 : this.sharedCounters.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SharedCountersNested extends V1beta1CounterSetFluent<SharedCountersNested> {
    private final int index;

    SharedCountersNested(int index, V1beta1CounterSet item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1ResourceSliceSpecFluent.this.setToSharedCounters(index, toModel());
    }

    public A endSharedCounter() {
      return and();
    }
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
}
