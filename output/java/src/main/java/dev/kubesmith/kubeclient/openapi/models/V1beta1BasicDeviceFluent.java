package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1beta1BasicDevice}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1BasicDeviceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1BasicDeviceFluent<A extends V1beta1BasicDeviceFluent<A>> {
  private Boolean allNodes;
  private Boolean allowMultipleAllocations;
  private Map<String, V1beta1DeviceAttribute> attributes;
  private List<String> bindingConditions;
  private List<String> bindingFailureConditions;
  private Boolean bindsToNode;
  private Map<String, V1beta1DeviceCapacity> capacity;
  private List<V1beta1DeviceCounterConsumption> consumesCounters;
  private Map<String, V1beta1NodeAllocatableResource> nodeAllocatableResources;
  private String nodeName;
  private V1NodeSelector nodeSelector;
  private List<V1beta1DeviceTaint> taints;

  public V1beta1BasicDeviceFluent() {}

  public V1beta1BasicDeviceFluent(V1beta1BasicDevice instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1BasicDevice instance) {
    if (instance != null) {
      this.allNodes = instance.getAllNodes();
      this.allowMultipleAllocations = instance.getAllowMultipleAllocations();
      this.attributes = instance.getAttributes() == null ? null : new LinkedHashMap<>(instance.getAttributes());
      this.bindingConditions = instance.getBindingConditions() == null ? null : new ArrayList<>(instance.getBindingConditions());
      this.bindingFailureConditions = instance.getBindingFailureConditions() == null ? null : new ArrayList<>(instance.getBindingFailureConditions());
      this.bindsToNode = instance.getBindsToNode();
      this.capacity = instance.getCapacity() == null ? null : new LinkedHashMap<>(instance.getCapacity());
      this.consumesCounters = instance.getConsumesCounters() == null ? null : new ArrayList<>(instance.getConsumesCounters());
      this.nodeAllocatableResources = instance.getNodeAllocatableResources() == null ? null : new LinkedHashMap<>(instance.getNodeAllocatableResources());
      this.nodeName = instance.getNodeName();
      this.nodeSelector = instance.getNodeSelector();
      this.taints = instance.getTaints() == null ? null : new ArrayList<>(instance.getTaints());
    }
  }

  /** A new {@link V1beta1BasicDevice} holding what was set (lists and maps copied). */
  V1beta1BasicDevice toModel() {
    V1beta1BasicDevice o = new V1beta1BasicDevice();
    o.setAllNodes(allNodes);
    o.setAllowMultipleAllocations(allowMultipleAllocations);
    o.setAttributes(attributes == null ? null : new LinkedHashMap<>(attributes));
    o.setBindingConditions(bindingConditions == null ? null : new ArrayList<>(bindingConditions));
    o.setBindingFailureConditions(bindingFailureConditions == null ? null : new ArrayList<>(bindingFailureConditions));
    o.setBindsToNode(bindsToNode);
    o.setCapacity(capacity == null ? null : new LinkedHashMap<>(capacity));
    o.setConsumesCounters(consumesCounters == null ? null : new ArrayList<>(consumesCounters));
    o.setNodeAllocatableResources(nodeAllocatableResources == null ? null : new LinkedHashMap<>(nodeAllocatableResources));
    o.setNodeName(nodeName);
    o.setNodeSelector(nodeSelector);
    o.setTaints(taints == null ? null : new ArrayList<>(taints));
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

  public Boolean getAllowMultipleAllocations() {
    return allowMultipleAllocations;
  }

  public A withAllowMultipleAllocations(Boolean allowMultipleAllocations) {
    this.allowMultipleAllocations = allowMultipleAllocations;
    return self();
  }

  public boolean hasAllowMultipleAllocations() {
    return allowMultipleAllocations != null;
  }

  public Map<String, V1beta1DeviceAttribute> getAttributes() {
    return attributes;
  }

  public A withAttributes(Map<String, V1beta1DeviceAttribute> attributes) {
    this.attributes = attributes == null ? null : new LinkedHashMap<>(attributes);
    return self();
  }

  public boolean hasAttributes() {
    return attributes != null;
  }

  public A addToAttributes(String key, V1beta1DeviceAttribute value) {
    if (this.attributes == null) {
      this.attributes = new LinkedHashMap<>();
    }
    this.attributes.put(key, value);
    return self();
  }

  public A addToAttributes(Map<String, V1beta1DeviceAttribute> map) {
    if (map != null) {
      for (Map.Entry<String, V1beta1DeviceAttribute> entry : map.entrySet()) {
        addToAttributes(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromAttributes(String key) {
    if (this.attributes != null) {
      this.attributes.remove(key);
    }
    return self();
  }

  public A removeFromAttributes(Map<String, V1beta1DeviceAttribute> map) {
    if (this.attributes != null && map != null) {
      this.attributes.keySet().removeAll(map.keySet());
    }
    return self();
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

  public Boolean getBindsToNode() {
    return bindsToNode;
  }

  public A withBindsToNode(Boolean bindsToNode) {
    this.bindsToNode = bindsToNode;
    return self();
  }

  public boolean hasBindsToNode() {
    return bindsToNode != null;
  }

  public Map<String, V1beta1DeviceCapacity> getCapacity() {
    return capacity;
  }

  public A withCapacity(Map<String, V1beta1DeviceCapacity> capacity) {
    this.capacity = capacity == null ? null : new LinkedHashMap<>(capacity);
    return self();
  }

  public boolean hasCapacity() {
    return capacity != null;
  }

  public A addToCapacity(String key, V1beta1DeviceCapacity value) {
    if (this.capacity == null) {
      this.capacity = new LinkedHashMap<>();
    }
    this.capacity.put(key, value);
    return self();
  }

  public A addToCapacity(Map<String, V1beta1DeviceCapacity> map) {
    if (map != null) {
      for (Map.Entry<String, V1beta1DeviceCapacity> entry : map.entrySet()) {
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

  public A removeFromCapacity(Map<String, V1beta1DeviceCapacity> map) {
    if (this.capacity != null && map != null) {
      this.capacity.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<V1beta1DeviceCounterConsumption> getConsumesCounters() {
    return consumesCounters;
  }

  public A withConsumesCounters(List<V1beta1DeviceCounterConsumption> consumesCounters) {
    this.consumesCounters = consumesCounters == null ? null : new ArrayList<>(consumesCounters);
    return self();
  }

  public boolean hasConsumesCounters() {
    return consumesCounters != null;
  }

  public A withConsumesCounters(V1beta1DeviceCounterConsumption... items) {
    this.consumesCounters = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConsumesCounters(V1beta1DeviceCounterConsumption... items) {
    for (V1beta1DeviceCounterConsumption item : items) {
      addToConsumesCounters(-1, item);
    }
    return self();
  }

  public A removeFromConsumesCounters(V1beta1DeviceCounterConsumption... items) {
    return removeAllFromConsumesCounters(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConsumesCounters(int index, V1beta1DeviceCounterConsumption item) {
    if (this.consumesCounters == null) {
      this.consumesCounters = new ArrayList<>();
    }
    if (index < 0 || index >= this.consumesCounters.size()) {
      this.consumesCounters.add(item);
    } else {
      this.consumesCounters.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToConsumesCounters(int index, V1beta1DeviceCounterConsumption item) {
    if (index < 0 || this.consumesCounters == null || index >= this.consumesCounters.size()) {
      return addToConsumesCounters(-1, item);
    }
    this.consumesCounters.set(index, item);
    return self();
  }

  public A addAllToConsumesCounters(Collection<V1beta1DeviceCounterConsumption> items) {
    for (V1beta1DeviceCounterConsumption item : items) {
      addToConsumesCounters(-1, item);
    }
    return self();
  }

  public A removeAllFromConsumesCounters(Collection<V1beta1DeviceCounterConsumption> items) {
    if (this.consumesCounters != null) {
      this.consumesCounters.removeAll(items);
    }
    return self();
  }

  public List<V1beta1DeviceCounterConsumption> buildConsumesCounters() {
    return consumesCounters;
  }

  public V1beta1DeviceCounterConsumption buildConsumesCounter(int index) {
    return this.consumesCounters.get(index);
  }

  public ConsumesCountersNested addNewConsumesCounter() {
    return new ConsumesCountersNested(-1, null);
  }

  public ConsumesCountersNested addNewConsumesCounterLike(V1beta1DeviceCounterConsumption item) {
    return new ConsumesCountersNested(-1, item);
  }

  public ConsumesCountersNested setNewConsumesCounterLike(int index, V1beta1DeviceCounterConsumption item) {
    return new ConsumesCountersNested(index, item);
  }

  public ConsumesCountersNested editConsumesCounter(int index) {
    if (this.consumesCounters == null || index < 0 || index >= this.consumesCounters.size()) {
      throw new IndexOutOfBoundsException("can't edit consumesCounters [" + index + "]");
    }
    return new ConsumesCountersNested(index, this.consumesCounters.get(index));
  }

  public ConsumesCountersNested editFirstConsumesCounter() {
    return editConsumesCounter(0);
  }

  public ConsumesCountersNested editLastConsumesCounter() {
    return editConsumesCounter(this.consumesCounters == null ? -1 : this.consumesCounters.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ConsumesCountersNested extends V1beta1DeviceCounterConsumptionFluent<ConsumesCountersNested> {
    private final int index;

    ConsumesCountersNested(int index, V1beta1DeviceCounterConsumption item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1BasicDeviceFluent.this.setToConsumesCounters(index, toModel());
    }

    public A endConsumesCounter() {
      return and();
    }
  }

  public Map<String, V1beta1NodeAllocatableResource> getNodeAllocatableResources() {
    return nodeAllocatableResources;
  }

  public A withNodeAllocatableResources(Map<String, V1beta1NodeAllocatableResource> nodeAllocatableResources) {
    this.nodeAllocatableResources = nodeAllocatableResources == null ? null : new LinkedHashMap<>(nodeAllocatableResources);
    return self();
  }

  public boolean hasNodeAllocatableResources() {
    return nodeAllocatableResources != null;
  }

  public A addToNodeAllocatableResources(String key, V1beta1NodeAllocatableResource value) {
    if (this.nodeAllocatableResources == null) {
      this.nodeAllocatableResources = new LinkedHashMap<>();
    }
    this.nodeAllocatableResources.put(key, value);
    return self();
  }

  public A addToNodeAllocatableResources(Map<String, V1beta1NodeAllocatableResource> map) {
    if (map != null) {
      for (Map.Entry<String, V1beta1NodeAllocatableResource> entry : map.entrySet()) {
        addToNodeAllocatableResources(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromNodeAllocatableResources(String key) {
    if (this.nodeAllocatableResources != null) {
      this.nodeAllocatableResources.remove(key);
    }
    return self();
  }

  public A removeFromNodeAllocatableResources(Map<String, V1beta1NodeAllocatableResource> map) {
    if (this.nodeAllocatableResources != null && map != null) {
      this.nodeAllocatableResources.keySet().removeAll(map.keySet());
    }
    return self();
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
      return V1beta1BasicDeviceFluent.this.withNodeSelector(toModel());
    }

    public A endNodeSelector() {
      return and();
    }
  }

  public List<V1beta1DeviceTaint> getTaints() {
    return taints;
  }

  public A withTaints(List<V1beta1DeviceTaint> taints) {
    this.taints = taints == null ? null : new ArrayList<>(taints);
    return self();
  }

  public boolean hasTaints() {
    return taints != null;
  }

  public A withTaints(V1beta1DeviceTaint... items) {
    this.taints = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTaints(V1beta1DeviceTaint... items) {
    for (V1beta1DeviceTaint item : items) {
      addToTaints(-1, item);
    }
    return self();
  }

  public A removeFromTaints(V1beta1DeviceTaint... items) {
    return removeAllFromTaints(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTaints(int index, V1beta1DeviceTaint item) {
    if (this.taints == null) {
      this.taints = new ArrayList<>();
    }
    if (index < 0 || index >= this.taints.size()) {
      this.taints.add(item);
    } else {
      this.taints.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTaints(int index, V1beta1DeviceTaint item) {
    if (index < 0 || this.taints == null || index >= this.taints.size()) {
      return addToTaints(-1, item);
    }
    this.taints.set(index, item);
    return self();
  }

  public A addAllToTaints(Collection<V1beta1DeviceTaint> items) {
    for (V1beta1DeviceTaint item : items) {
      addToTaints(-1, item);
    }
    return self();
  }

  public A removeAllFromTaints(Collection<V1beta1DeviceTaint> items) {
    if (this.taints != null) {
      this.taints.removeAll(items);
    }
    return self();
  }

  public List<V1beta1DeviceTaint> buildTaints() {
    return taints;
  }

  public V1beta1DeviceTaint buildTaint(int index) {
    return this.taints.get(index);
  }

  public TaintsNested addNewTaint() {
    return new TaintsNested(-1, null);
  }

  public TaintsNested addNewTaintLike(V1beta1DeviceTaint item) {
    return new TaintsNested(-1, item);
  }

  public TaintsNested setNewTaintLike(int index, V1beta1DeviceTaint item) {
    return new TaintsNested(index, item);
  }

  public TaintsNested editTaint(int index) {
    if (this.taints == null || index < 0 || index >= this.taints.size()) {
      throw new IndexOutOfBoundsException("can't edit taints [" + index + "]");
    }
    return new TaintsNested(index, this.taints.get(index));
  }

  public TaintsNested editFirstTaint() {
    return editTaint(0);
  }

  public TaintsNested editLastTaint() {
    return editTaint(this.taints == null ? -1 : this.taints.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TaintsNested extends V1beta1DeviceTaintFluent<TaintsNested> {
    private final int index;

    TaintsNested(int index, V1beta1DeviceTaint item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1beta1BasicDeviceFluent.this.setToTaints(index, toModel());
    }

    public A endTaint() {
      return and();
    }
  }
}
