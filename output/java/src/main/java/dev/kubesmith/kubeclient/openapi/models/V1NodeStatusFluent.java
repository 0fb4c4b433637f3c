package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1NodeStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1NodeStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1NodeStatusFluent<A extends V1NodeStatusFluent<A>> {
  private List<V1NodeAddress> addresses;
  private Map<String, Quantity> allocatable;
  private Map<String, Quantity> capacity;
  private List<V1NodeCondition> conditions;
  private V1NodeConfigStatus config;
  private V1NodeDaemonEndpoints daemonEndpoints;
  private List<String> declaredFeatures;
  private V1NodeFeatures features;
  private List<V1ContainerImage> images;
  private V1NodeSystemInfo nodeInfo;
  private String phase;
  private List<V1NodeRuntimeHandler> runtimeHandlers;
  private List<V1AttachedVolume> volumesAttached;
  private List<String> volumesInUse;

  public V1NodeStatusFluent() {}

  public V1NodeStatusFluent(V1NodeStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1NodeStatus instance) {
    if (instance != null) {
      this.addresses = instance.getAddresses() == null ? null : new ArrayList<>(instance.getAddresses());
      this.allocatable = instance.getAllocatable() == null ? null : new LinkedHashMap<>(instance.getAllocatable());
      this.capacity = instance.getCapacity() == null ? null : new LinkedHashMap<>(instance.getCapacity());
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.config = instance.getConfig();
      this.daemonEndpoints = instance.getDaemonEndpoints();
      this.declaredFeatures = instance.getDeclaredFeatures() == null ? null : new ArrayList<>(instance.getDeclaredFeatures());
      this.features = instance.getFeatures();
      this.images = instance.getImages() == null ? null : new ArrayList<>(instance.getImages());
      this.nodeInfo = instance.getNodeInfo();
      this.phase = instance.getPhase();
      this.runtimeHandlers = instance.getRuntimeHandlers() == null ? null : new ArrayList<>(instance.getRuntimeHandlers());
      this.volumesAttached = instance.getVolumesAttached() == null ? null : new ArrayList<>(instance.getVolumesAttached());
      this.volumesInUse = instance.getVolumesInUse() == null ? null : new ArrayList<>(instance.getVolumesInUse());
    }
  }

  /** A new {@link V1NodeStatus} holding what was set (lists and maps copied). */
  V1NodeStatus toModel() {
    V1NodeStatus o = new V1NodeStatus();
    o.setAddresses(addresses == null ? null : new ArrayList<>(addresses));
    o.setAllocatable(allocatable == null ? null : new LinkedHashMap<>(allocatable));
    o.setCapacity(capacity == null ? null : new LinkedHashMap<>(capacity));
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setConfig(config);
    o.setDaemonEndpoints(daemonEndpoints);
    o.setDeclaredFeatures(declaredFeatures == null ? null : new ArrayList<>(declaredFeatures));
    o.setFeatures(features);
    o.setImages(images == null ? null : new ArrayList<>(images));
    o.setNodeInfo(nodeInfo);
    o.setPhase(phase);
    o.setRuntimeHandlers(runtimeHandlers == null ? null : new ArrayList<>(runtimeHandlers));
    o.setVolumesAttached(volumesAttached == null ? null : new ArrayList<>(volumesAttached));
    o.setVolumesInUse(volumesInUse == null ? null : new ArrayList<>(volumesInUse));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<V1NodeAddress> getAddresses() {
    return addresses;
  }

  public A withAddresses(List<V1NodeAddress> addresses) {
    this.addresses = addresses == null ? null : new ArrayList<>(addresses);
    return self();
  }

  public boolean hasAddresses() {
    return addresses != null;
  }

  public A withAddresses(V1NodeAddress... items) {
    this.addresses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAddresses(V1NodeAddress... items) {
    for (V1NodeAddress item : items) {
      addToAddresses(-1, item);
    }
    return self();
  }

  public A removeFromAddresses(V1NodeAddress... items) {
    return removeAllFromAddresses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAddresses(int index, V1NodeAddress item) {
    if (this.addresses == null) {
      this.addresses = new ArrayList<>();
    }
    if (index < 0 || index >= this.addresses.size()) {
      this.addresses.add(item);
    } else {
      this.addresses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAddresses(int index, V1NodeAddress item) {
    if (index < 0 || this.addresses == null || index >= this.addresses.size()) {
      return addToAddresses(-1, item);
    }
    this.addresses.set(index, item);
    return self();
  }

  public A addAllToAddresses(Collection<V1NodeAddress> items) {
    for (V1NodeAddress item : items) {
      addToAddresses(-1, item);
    }
    return self();
  }

  public A removeAllFromAddresses(Collection<V1NodeAddress> items) {
    if (this.addresses != null) {
      this.addresses.removeAll(items);
    }
    return self();
  }

  public List<V1NodeAddress> buildAddresses() {
    return addresses;
  }

  public V1NodeAddress buildAddress(int index) {
    return this.addresses.get(index);
  }

  public AddressesNested addNewAddress() {
    return new AddressesNested(-1, null);
  }

  public AddressesNested addNewAddressLike(V1NodeAddress item) {
    return new AddressesNested(-1, item);
  }

  public AddressesNested setNewAddressLike(int index, V1NodeAddress item) {
    return new AddressesNested(index, item);
  }

  public AddressesNested editAddress(int index) {
    if (this.addresses == null || index < 0 || index >= this.addresses.size()) {
      throw new IndexOutOfBoundsException("can't edit addresses [" + index + "]");
    }
    return new AddressesNested(index, this.addresses.get(index));
  }

  public AddressesNested editFirstAddress() {
    return editAddress(0);
  }

  public AddressesNested editLastAddress() {
    return editAddress(this.addresses == null ? -1 : this.addresses.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class AddressesNested extends V1NodeAddressFluent<AddressesNested> {
    private final int index;

    AddressesNested(int index, V1NodeAddress item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeStatusFluent.this.setToAddresses(index, toModel());
    }

    public A endAddress() {
      return and();
    }
  }

  public Map<String, Quantity> getAllocatable() {
    return allocatable;
  }

  public A withAllocatable(Map<String, Quantity> allocatable) {
    this.allocatable = allocatable == null ? null : new LinkedHashMap<>(allocatable);
    return self();
  }

  public boolean hasAllocatable() {
    return allocatable != null;
  }

  public A addToAllocatable(String key, Quantity value) {
    if (this.allocatable == null) {
      this.allocatable = new LinkedHashMap<>();
    }
    this.allocatable.put(key, value);
    return self();
  }

  public A addToAllocatable(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToAllocatable(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromAllocatable(String key) {
    if (this.allocatable != null) {
      this.allocatable.remove(key);
    }
    return self();
  }

  public A removeFromAllocatable(Map<String, Quantity> map) {
    if (this.allocatable != null && map != null) {
      this.allocatable.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, Quantity> getCapacity() {
    return capacity;
  }

  public A withCapacity(Map<String, Quantity> capacity) {
    this.capacity = capacity == null ? null : new LinkedHashMap<>(capacity);
    return self();
  }

  public boolean hasCapacity() {
    return capacity != null;
  }

  public A addToCapacity(String key, Quantity value) {
    if (this.capacity == null) {
      this.capacity = new LinkedHashMap<>();
    }
    this.capacity.put(key, value);
    return self();
  }

  public A addToCapacity(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToCapacity(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromCapacity(String key) {
    if (this.capacity != null) {
      this.capacity.remove(key);
    }
    return self();
  }

  public A removeFromCapacity(Map<String, Quantity> map) {
    if (this.capacity != null && map != null) {
      this.capacity.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<V1NodeCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1NodeCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1NodeCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1NodeCondition... items) {
    for (V1NodeCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1NodeCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1NodeCondition item) {
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
  public A setToConditions(int index, V1NodeCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1NodeCondition> items) {
    for (V1NodeCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1NodeCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1NodeCondition> buildConditions() {
    return conditions;
  }

  public V1NodeCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1NodeCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1NodeCondition item) {
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
  public class ConditionsNested extends V1NodeConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1NodeCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public V1NodeConfigStatus getConfig() {
    return config;
  }

  public A withConfig(V1NodeConfigStatus config) {
    this.config = config;
    return self();
  }

  public boolean hasConfig() {
    return config != null;
  }

  public V1NodeConfigStatus buildConfig() {
    return config;
  }

  public ConfigNested withNewConfig() {
    return new ConfigNested(null);
  }

  public ConfigNested withNewConfigLike(V1NodeConfigStatus item) {
    return new ConfigNested(item);
  }

  public ConfigNested editConfig() {
    return new ConfigNested(config);
  }

  public ConfigNested editOrNewConfig() {
    return new ConfigNested(config != null ? config : new V1NodeConfigStatus());
  }

  public ConfigNested editOrNewConfigLike(V1NodeConfigStatus item) {
    return new ConfigNested(config != null ? config : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ConfigNested extends V1NodeConfigStatusFluent<ConfigNested> {
    ConfigNested(V1NodeConfigStatus item) {
      super(item);
    }

    public A and() {
      return V1NodeStatusFluent.this.withConfig(toModel());
    }

    public A endConfig() {
      return and();
    }
  }

  public V1NodeDaemonEndpoints getDaemonEndpoints() {
    return daemonEndpoints;
  }

  public A withDaemonEndpoints(V1NodeDaemonEndpoints daemonEndpoints) {
    this.daemonEndpoints = daemonEndpoints;
    return self();
  }

  public boolean hasDaemonEndpoints() {
    return daemonEndpoints != null;
  }

  public V1NodeDaemonEndpoints buildDaemonEndpoints() {
    return daemonEndpoints;
  }

  public DaemonEndpointsNested withNewDaemonEndpoints() {
    return new DaemonEndpointsNested(null);
  }

  public DaemonEndpointsNested withNewDaemonEndpointsLike(V1NodeDaemonEndpoints item) {
    return new DaemonEndpointsNested(item);
  }

  public DaemonEndpointsNested editDaemonEndpoints() {
    return new DaemonEndpointsNested(daemonEndpoints);
  }

  public DaemonEndpointsNested editOrNewDaemonEndpoints() {
    return new DaemonEndpointsNested(daemonEndpoints != null ? daemonEndpoints : new V1NodeDaemonEndpoints());
  }

  public DaemonEndpointsNested editOrNewDaemonEndpointsLike(V1NodeDaemonEndpoints item) {
    return new DaemonEndpointsNested(daemonEndpoints != null ? daemonEndpoints : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DaemonEndpointsNested extends V1NodeDaemonEndpointsFluent<DaemonEndpointsNested> {
    DaemonEndpointsNested(V1NodeDaemonEndpoints item) {
      super(item);
    }

    public A and() {
      return V1NodeStatusFluent.this.withDaemonEndpoints(toModel());
    }

    public A endDaemonEndpoints() {
      return and();
    }
  }

  public List<String> getDeclaredFeatures() {
    return declaredFeatures;
  }

  public A withDeclaredFeatures(List<String> declaredFeatures) {
    this.declaredFeatures = declaredFeatures == null ? null : new ArrayList<>(declaredFeatures);
    return self();
  }

  public boolean hasDeclaredFeatures() {
    return declaredFeatures != null;
  }

  public A withDeclaredFeatures(String... items) {
    this.declaredFeatures = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToDeclaredFeatures(String... items) {
    for (String item : items) {
      addToDeclaredFeatures(-1, item);
    }
    return self();
  }

  public A removeFromDeclaredFeatures(String... items) {
    return removeAllFromDeclaredFeatures(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToDeclaredFeatures(int index, String item) {
    if (this.declaredFeatures == null) {
      this.declaredFeatures = new ArrayList<>();
    }
    if (index < 0 || index >= this.declaredFeatures.size()) {
      this.declaredFeatures.add(item);
    } else {
      this.declaredFeatures.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToDeclaredFeatures(int index, String item) {
    if (index < 0 || this.declaredFeatures == null || index >= this.declaredFeatures.size()) {
      return addToDeclaredFeatures(-1, item);
    }
    this.declaredFeatures.set(index, item);
    return self();
  }

  public A addAllToDeclaredFeatures(Collection<String> items) {
    for (String item : items) {
      addToDeclaredFeatures(-1, item);
    }
    return self();
  }

  public A removeAllFromDeclaredFeatures(Collection<String> items) {
    if (this.declaredFeatures != null) {
      this.declaredFeatures.removeAll(items);
    }
    return self();
  }

  public V1NodeFeatures getFeatures() {
    return features;
  }

  public A withFeatures(V1NodeFeatures features) {
    this.features = features;
    return self();
  }

  public boolean hasFeatures() {
    return features != null;
  }

  public V1NodeFeatures buildFeatures() {
    return features;
  }

  public FeaturesNested withNewFeatures() {
    return new FeaturesNested(null);
  }

  public FeaturesNested withNewFeaturesLike(V1NodeFeatures item) {
    return new FeaturesNested(item);
  }

  public FeaturesNested editFeatures() {
    return new FeaturesNested(features);
  }

  public FeaturesNested editOrNewFeatures() {
    return new FeaturesNested(features != null ? features : new V1NodeFeatures());
  }

  public FeaturesNested editOrNewFeaturesLike(V1NodeFeatures item) {
    return new FeaturesNested(features != null ? features : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class FeaturesNested extends V1NodeFeaturesFluent<FeaturesNested> {
    FeaturesNested(V1NodeFeatures item) {
      super(item);
    }

    public A and() {
      return V1NodeStatusFluent.this.withFeatures(toModel());
    }

    public A endFeatures() {
      return and();
    }
  }

  public List<V1ContainerImage> getImages() {
    return images;
  }

  public A withImages(List<V1ContainerImage> images) {
    this.images = images == null ? null : new ArrayList<>(images);
    return self();
  }

  public boolean hasImages() {
    return images != null;
  }

  public A withImages(V1ContainerImage... items) {
    this.images = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToImages(V1ContainerImage... items) {
    for (V1ContainerImage item : items) {
      addToImages(-1, item);
    }
    return self();
  }

  public A removeFromImages(V1ContainerImage... items) {
    return removeAllFromImages(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToImages(int index, V1ContainerImage item) {
    if (this.images == null) {
      this.images = new ArrayList<>();
    }
    if (index < 0 || index >= this.images.size()) {
      this.images.add(item);
    } else {
      this.images.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToImages(int index, V1ContainerImage item) {
    if (index < 0 || this.images == null || index >= this.images.size()) {
      return addToImages(-1, item);
    }
    this.images.set(index, item);
    return self();
  }

  public A addAllToImages(Collection<V1ContainerImage> items) {
    for (V1ContainerImage item : items) {
      addToImages(-1, item);
    }
    return self();
  }

  public A removeAllFromImages(Collection<V1ContainerImage> items) {
    if (this.images != null) {
      this.images.removeAll(items);
    }
    return self();
  }

  public List<V1ContainerImage> buildImages() {
    return images;
  }

  public V1ContainerImage buildImage(int index) {
    return this.images.get(index);
  }

  public ImagesNested addNewImage() {
    return new ImagesNested(-1, null);
  }

  public ImagesNested addNewImageLike(V1ContainerImage item) {
    return new ImagesNested(-1, item);
  }

  public ImagesNested setNewImageLike(int index, V1ContainerImage item) {
    return new ImagesNested(index, item);
  }

  public ImagesNested editImage(int index) {
    if (this.images == null || index < 0 || index >= this.images.size()) {
      throw new IndexOutOfBoundsException("can't edit images [" + index + "]");
    }
    return new ImagesNested(index, this.images.get(index));
  }

  public ImagesNested editFirstImage() {
    return editImage(0);
  }

  public ImagesNested editLastImage() {
    return editImage(this.images == null ? -1 : this.images.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ImagesNested extends V1ContainerImageFluent<ImagesNested> {
    private final int index;

    ImagesNested(int index, V1ContainerImage item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeStatusFluent.this.setToImages(index, toModel());
    }

    public A endImage() {
      return and();
    }
  }

  public V1NodeSystemInfo getNodeInfo() {
    return nodeInfo;
  }

  public A withNodeInfo(V1NodeSystemInfo nodeInfo) {
    this.nodeInfo = nodeInfo;
    return self();
  }

  public boolean hasNodeInfo() {
    return nodeInfo != null;
  }

  public V1NodeSystemInfo buildNodeInfo() {
    return nodeInfo;
  }

  public NodeInfoNested withNewNodeInfo() {
    return new NodeInfoNested(null);
  }

  public NodeInfoNested withNewNodeInfoLike(V1NodeSystemInfo item) {
    return new NodeInfoNested(item);
  }

  public NodeInfoNested editNodeInfo() {
    return new NodeInfoNested(nodeInfo);
  }

  public NodeInfoNested editOrNewNodeInfo() {
    return new NodeInfoNested(nodeInfo != null ? nodeInfo : new V1NodeSystemInfo());
  }

  public NodeInfoNested editOrNewNodeInfoLike(V1NodeSystemInfo item) {
    return new NodeInfoNested(nodeInfo != null ? nodeInfo : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class NodeInfoNested extends V1NodeSystemInfoFluent<NodeInfoNested> {
    NodeInfoNested(V1NodeSystemInfo item) {
      super(item);
    }

    public A and() {
      return V1NodeStatusFluent.this.withNodeInfo(toModel());
    }

    public A endNodeInfo() {
      return and();
    }
  }

  public String getPhase() {
    return phase;
  }

  public A withPhase(String phase) {
    this.phase = phase;
    return self();
  }

  public boolean hasPhase() {
    return phase != null;
  }

  public List<V1NodeRuntimeHandler> getRuntimeHandlers() {
    return runtimeHandlers;
  }

  public A withRuntimeHandlers(List<V1NodeRuntimeHandler> runtimeHandlers) {
    this.runtimeHandlers = runtimeHandlers == null ? null : new ArrayList<>(runtimeHandlers);
    return self();
  }

  public boolean hasRuntimeHandlers() {
    return runtimeHandlers != null;
  }

  public A withRuntimeHandlers(V1NodeRuntimeHandler... items) {
    this.runtimeHandlers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRuntimeHandlers(V1NodeRuntimeHandler... items) {
    for (V1NodeRuntimeHandler item : items) {
      addToRuntimeHandlers(-1, item);
    }
    return self();
  }

  public A removeFromRuntimeHandlers(V1NodeRuntimeHandler... items) {
    return removeAllFromRuntimeHandlers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRuntimeHandlers(int index, V1NodeRuntimeHandler item) {
    if (this.runtimeHandlers == null) {
      this.runtimeHandlers = new ArrayList<>();
    }
    if (index < 0 || index >= this.runtimeHandlers.size()) {
      this.runtimeHandlers.add(item);
    } else {
      this.runtimeHandlers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRuntimeHandlers(int index, V1NodeRuntimeHandler item) {
    if (index < 0 || this.runtimeHandlers == null || index >= this.runtimeHandlers.size()) {
      return addToRuntimeHandlers(-1, item);
    }
    this.runtimeHandlers.set(index, item);
    return self();
  }

  public A addAllToRuntimeHandlers(Collection<V1NodeRuntimeHandler> items) {
    for (V1NodeRuntimeHandler item : items) {
      addToRuntimeHandlers(-1, item);
    }
    return self();
  }

  public A removeAllFromRuntimeHandlers(Collection<V1NodeRuntimeHandler> items) {
    if (this.runtimeHandlers != null) {
      this.runtimeHandlers.removeAll(items);
    }
    return self();
  }

  public List<V1NodeRuntimeHandler> buildRuntimeHandlers() {
    return runtimeHandlers;
  }

  public V1NodeRuntimeHandler buildRuntimeHandler(int index) {
    return this.runtimeHandlers.get(index);
  }

  public RuntimeHandlersNested addNewRuntimeHandler() {
    return new RuntimeHandlersNested(-1, null);
  }

  public RuntimeHandlersNested addNewRuntimeHandlerLike(V1NodeRuntimeHandler item) {
    return new RuntimeHandlersNested(-1, item);
  }

  public RuntimeHandlersNested setNewRuntimeHandlerLike(int index, V1NodeRuntimeHandler item) {
    return new RuntimeHandlersNested(index, item);
  }

  public RuntimeHandlersNested editRuntimeHandler(int index) {
    if (this.runtimeHandlers == null || index < 0 || index >= this.runtimeHandlers.size()) {
      throw new IndexOutOfBoundsException("can't edit runtimeHandlers [" + index + "]");
    }
    return new RuntimeHandlersNested(index, this.runtimeHandlers.get(index));
  }

  public RuntimeHandlersNested editFirstRuntimeHandler() {
    return editRuntimeHandler(0);
  }

  public RuntimeHandlersNested editLastRuntimeHandler() {
    return editRuntimeHandler(this.runtimeHandlers == null ? -1 : this.runtimeHandlers.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class RuntimeHandlersNested extends V1NodeRuntimeHandlerFluent<RuntimeHandlersNested> {
    private final int index;

    RuntimeHandlersNested(int index, V1NodeRuntimeHandler item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeStatusFluent.this.setToRuntimeHandlers(index, toModel());
    }

    public A endRuntimeHandler() {
      return and();
    }
  }

  public List<V1AttachedVolume> getVolumesAttached() {
    return volumesAttached;
  }

  public A withVolumesAttached(List<V1AttachedVolume> volumesAttached) {
    this.volumesAttached = volumesAttached == null ? null : new ArrayList<>(volumesAttached);
    return self();
  }

  public boolean hasVolumesAttached() {
    return volumesAttached != null;
  }

  public A withVolumesAttached(V1AttachedVolume... items) {
    this.volumesAttached = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumesAttached(V1AttachedVolume... items) {
    for (V1AttachedVolume item : items) {
      addToVolumesAttached(-1, item);
    }
    return self();
  }

  public A removeFromVolumesAttached(V1AttachedVolume... items) {
    return removeAllFromVolumesAttached(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumesAttached(int index, V1AttachedVolume item) {
    if (this.volumesAttached == null) {
      this.volumesAttached = new ArrayList<>();
    }
    if (index < 0 || index >= this.volumesAttached.size()) {
      this.volumesAttached.add(item);
    } else {
      this.volumesAttached.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVolumesAttached(int index, V1AttachedVolume item) {
    if (index < 0 || this.volumesAttached == null || index >= this.volumesAttached.size()) {
      return addToVolumesAttached(-1, item);
    }
    this.volumesAttached.set(index, item);
    return self();
  }

  public A addAllToVolumesAttached(Collection<V1AttachedVolume> items) {
    for (V1AttachedVolume item : items) {
      addToVolumesAttached(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumesAttached(Collection<V1AttachedVolume> items) {
    if (this.volumesAttached != null) {
      this.volumesAttached.removeAll(items);
    }
    return self();
  }

  public List<V1AttachedVolume> buildVolumesAttached() {
    return volumesAttached;
  }

  public V1AttachedVolume buildVolumesAttached(int index) {
    return this.volumesAttached.get(index);
  }

  public VolumesAttachedNested addNewVolumesAttached() {
    return new VolumesAttachedNested(-1, null);
  }

  public VolumesAttachedNested addNewVolumesAttachedLike(V1AttachedVolume item) {
    return new VolumesAttachedNested(-1, item);
  }

  public VolumesAttachedNested setNewVolumesAttachedLike(int index, V1AttachedVolume item) {
    return new VolumesAttachedNested(index, item);
  }

  public VolumesAttachedNested editVolumesAttached(int index) {
    if (this.volumesAttached == null || index < 0 || index >= this.volumesAttached.size()) {
      throw new IndexOutOfBoundsException("can't edit volumesAttached [" + index + "]");
    }
    return new VolumesAttachedNested(index, this.volumesAttached.get(index));
  }

  public VolumesAttachedNested editFirstVolumesAttached() {
    return editVolumesAttached(0);
  }

  public VolumesAttachedNested editLastVolumesAttached() {
    return editVolumesAttached(this.volumesAttached == null ? -1 : this.volumesAttached.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VolumesAttachedNested extends V1AttachedVolumeFluent<VolumesAttachedNested> {
    private final int index;

    VolumesAttachedNested(int index, V1AttachedVolume item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1NodeStatusFluent.this.setToVolumesAttached(index, toModel());
    }

    public A endVolumesAttached() {
      return and();
    }
  }

  public List<String> getVolumesInUse() {
    return volumesInUse;
  }

  public A withVolumesInUse(List<String> volumesInUse) {
    this.volumesInUse = volumesInUse == null ? null : new ArrayList<>(volumesInUse);
    return self();
  }

  public boolean hasVolumesInUse() {
    return volumesInUse != null;
  }

  public A withVolumesInUse(String... items) {
    this.volumesInUse = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumesInUse(String... items) {
    for (String item : items) {
      addToVolumesInUse(-1, item);
    }
    return self();
  }

  public A removeFromVolumesInUse(String... items) {
    return removeAllFromVolumesInUse(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumesInUse(int index, String item) {
    if (this.volumesInUse == null) {
      this.volumesInUse = new ArrayList<>();
    }
    if (index < 0 || index >= this.volumesInUse.size()) {
      this.volumesInUse.add(item);
    } else {
      this.volumesInUse.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVolumesInUse(int index, String item) {
    if (index < 0 || this.volumesInUse == null || index >= this.volumesInUse.size()) {
      return addToVolumesInUse(-1, item);
    }
    this.volumesInUse.set(index, item);
    return self();
  }

  public A addAllToVolumesInUse(Collection<String> items) {
    for (String item : items) {
      addToVolumesInUse(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumesInUse(Collection<String> items) {
    if (this.volumesInUse != null) {
      this.volumesInUse.removeAll(items);
    }
    return self();
  }
}
