package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1PodStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodStatusFluent<A extends V1PodStatusFluent<A>> {
  private Map<String, Quantity> allocatedResources;
  private List<V1PodCondition> conditions;
  private List<V1ContainerStatus> containerStatuses;
  private List<V1ContainerStatus> ephemeralContainerStatuses;
  private V1PodExtendedResourceClaimStatus extendedResourceClaimStatus;
  private String hostIP;
  private List<V1HostIP> hostIPs;
  private List<V1ContainerStatus> initContainerStatuses;
  private String message;
  private List<V1NodeAllocatableResourceClaimStatus> nodeAllocatableResourceClaimStatuses;
  private String nominatedNodeName;
  private Long observedGeneration;
  private String phase;
  private String podIP;
  private List<V1PodIP> podIPs;
  private String qosClass;
  private String reason;
  private String resize;
  private List<V1PodResourceClaimStatus> resourceClaimStatuses;
  private V1ResourceRequirements resources;
  private OffsetDateTime startTime;
  private List<V1PodVolumeHealth> volumeHealth;

  public V1PodStatusFluent() {}

  public V1PodStatusFluent(V1PodStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodStatus instance) {
    if (instance != null) {
      this.allocatedResources = instance.getAllocatedResources() == null ? null : new LinkedHashMap<>(instance.getAllocatedResources());
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.containerStatuses = instance.getContainerStatuses() == null ? null : new ArrayList<>(instance.getContainerStatuses());
      this.ephemeralContainerStatuses = instance.getEphemeralContainerStatuses() == null ? null : new ArrayList<>(instance.getEphemeralContainerStatuses());
      this.extendedResourceClaimStatus = instance.getExtendedResourceClaimStatus();
      this.hostIP = instance.getHostIP();
      this.hostIPs = instance.getHostIPs() == null ? null : new ArrayList<>(instance.getHostIPs());
      this.initContainerStatuses = instance.getInitContainerStatuses() == null ? null : new ArrayList<>(instance.getInitContainerStatuses());
      this.message = instance.getMessage();
      this.nodeAllocatableResourceClaimStatuses = instance.getNodeAllocatableResourceClaimStatuses() == null ? null : new ArrayList<>(instance.getNodeAllocatableResourceClaimStatuses());
      this.nominatedNodeName = instance.getNominatedNodeName();
      this.observedGeneration = instance.getObservedGeneration();
      this.phase = instance.getPhase();
      this.podIP = instance.getPodIP();
      this.podIPs = instance.getPodIPs() == null ? null : new ArrayList<>(instance.getPodIPs());
      this.qosClass = instance.getQosClass();
      this.reason = instance.getReason();
      this.resize = instance.getResize();
      this.resourceClaimStatuses = instance.getResourceClaimStatuses() == null ? null : new ArrayList<>(instance.getResourceClaimStatuses());
      this.resources = instance.getResources();
      this.startTime = instance.getStartTime();
      this.volumeHealth = instance.getVolumeHealth() == null ? null : new ArrayList<>(instance.getVolumeHealth());
    }
  }

  /** A new {@link V1PodStatus} holding what was set (lists and maps copied). */
  V1PodStatus toModel() {
    V1PodStatus o = new V1PodStatus();
    o.setAllocatedResources(allocatedResources == null ? null : new LinkedHashMap<>(allocatedResources));
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setContainerStatuses(containerStatuses == null ? null : new ArrayList<>(containerStatuses));
    o.setEphemeralContainerStatuses(ephemeralContainerStatuses == null ? null : new ArrayList<>(ephemeralContainerStatuses));
    o.setExtendedResourceClaimStatus(extendedResourceClaimStatus);
    o.setHostIP(hostIP);
    o.setHostIPs(hostIPs == null ? null : new ArrayList<>(hostIPs));
    o.setInitContainerStatuses(initContainerStatuses == null ? null : new ArrayList<>(initContainerStatuses));
    o.setMessage(message);
    o.setNodeAllocatableResourceClaimStatuses(nodeAllocatableResourceClaimStatuses == null ? null : new ArrayList<>(nodeAllocatableResourceClaimStatuses));
    o.setNominatedNodeName(nominatedNodeName);
    o.setObservedGeneration(observedGeneration);
    o.setPhase(phase);
    o.setPodIP(podIP);
    o.setPodIPs(podIPs == null ? null : new ArrayList<>(podIPs));
    o.setQosClass(qosClass);
    o.setReason(reason);
    o.setResize(resize);
    o.setResourceClaimStatuses(resourceClaimStatuses == null ? null : new ArrayList<>(resourceClaimStatuses));
    o.setResources(resources);
    o.setStartTime(startTime);
    o.setVolumeHealth(volumeHealth == null ? null : new ArrayList<>(volumeHealth));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, Quantity> getAllocatedResources() {
    return allocatedResources;
  }

  public A withAllocatedResources(Map<String, Quantity> allocatedResources) {
    this.allocatedResources = allocatedResources == null ? null : new LinkedHashMap<>(allocatedResources);
    return self();
  }

  public boolean hasAllocatedResources() {
    return allocatedResources != null;
  }

  public A addToAllocatedResources(String key, Quantity value) {
    if (this.allocatedResources == null) {
      this.allocatedResources = new LinkedHashMap<>();
    }
    this.allocatedResources.put(key, value);
    return self();
  }

  public A addToAllocatedResources(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToAllocatedResources(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromAllocatedResources(String key) {
    if (this.allocatedResources != null) {
      this.allocatedResources.remove(key);
    }
    return self();
  }

  public A removeFromAllocatedResources(Map<String, Quantity> map) {
    if (this.allocatedResources != null && map != null) {
      this.allocatedResources.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<V1PodCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1PodCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1PodCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1PodCondition... items) {
    for (V1PodCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1PodCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1PodCondition item) {
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
  public A setToConditions(int index, V1PodCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1PodCondition> items) {
    for (V1PodCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1PodCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1PodCondition> buildConditions() {
    return conditions;
  }

  public V1PodCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1PodCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1PodCondition item) {
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
  public class ConditionsNested extends V1PodConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1PodCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public List<V1ContainerStatus> getContainerStatuses() {
    return containerStatuses;
  }

  public A withContainerStatuses(List<V1ContainerStatus> containerStatuses) {
    this.containerStatuses = containerStatuses == null ? null : new ArrayList<>(containerStatuses);
    return self();
  }

  public boolean hasContainerStatuses() {
    return containerStatuses != null;
  }

  public A withContainerStatuses(V1ContainerStatus... items) {
    this.containerStatuses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToContainerStatuses(V1ContainerStatus... items) {
    for (V1ContainerStatus item : items) {
      addToContainerStatuses(-1, item);
    }
    return self();
  }

  public A removeFromContainerStatuses(V1ContainerStatus... items) {
    return removeAllFromContainerStatuses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToContainerStatuses(int index, V1ContainerStatus item) {
    if (this.containerStatuses == null) {
      this.containerStatuses = new ArrayList<>();
    }
    if (index < 0 || index >= this.containerStatuses.size()) {
      this.containerStatuses.add(item);
    } else {
      this.containerStatuses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToContainerStatuses(int index, V1ContainerStatus item) {
    if (index < 0 || this.containerStatuses == null || index >= this.containerStatuses.size()) {
      return addToContainerStatuses(-1, item);
    }
    this.containerStatuses.set(index, item);
    return self();
  }

  public A addAllToContainerStatuses(Collection<V1ContainerStatus> items) {
    for (V1ContainerStatus item : items) {
      addToContainerStatuses(-1, item);
    }
    return self();
  }

  public A removeAllFromContainerStatuses(Collection<V1ContainerStatus> items) {
    if (this.containerStatuses != null) {
      this.containerStatuses.removeAll(items);
    }
    return self();
  }

  public List<V1ContainerStatus> buildContainerStatuses() {
    return containerStatuses;
  }

  public V1ContainerStatus buildContainerStatus(int index) {
    return this.containerStatuses.get(index);
  }

  public ContainerStatusesNested addNewContainerStatus() {
    return new ContainerStatusesNested(-1, null);
  }

  public ContainerStatusesNested addNewContainerStatusLike(V1ContainerStatus item) {
    return new ContainerStatusesNested(-1, item);
  }

  public ContainerStatusesNested setNewContainerStatusLike(int index, V1ContainerStatus item) {
    return new ContainerStatusesNested(index, item);
  }

  public ContainerStatusesNested editContainerStatus(int index) {
    if (this.containerStatuses == null || index < 0 || index >= this.containerStatuses.size()) {
      throw new IndexOutOfBoundsException("can't edit containerStatuses [" + index + "]");
    }
    return new ContainerStatusesNested(index, this.containerStatuses.get(index));
  }

  public ContainerStatusesNested editFirstContainerStatus() {
    return editContainerStatus(0);
  }

  public ContainerStatusesNested editLastContainerStatus() {
    return editContainerStatus(this.containerStatuses == null ? -1 : this.containerStatuses.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ContainerStatusesNested extends V1ContainerStatusFluent<ContainerStatusesNested> {
    private final int index;

    ContainerStatusesNested(int index, V1ContainerStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToContainerStatuses(index, toModel());
    }

    public A endContainerStatus() {
      return and();
    }
  }

  public List<V1ContainerStatus> getEphemeralContainerStatuses() {
    return ephemeralContainerStatuses;
  }

  public A withEphemeralContainerStatuses(List<V1ContainerStatus> ephemeralContainerStatuses) {
    this.ephemeralContainerStatuses = ephemeralContainerStatuses == null ? null : new ArrayList<>(ephemeralContainerStatuses);
    return self();
  }

  public boolean hasEphemeralContainerStatuses() {
    return ephemeralContainerStatuses != null;
  }

  public A withEphemeralContainerStatuses(V1ContainerStatus... items) {
    this.ephemeralContainerStatuses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToEphemeralContainerStatuses(V1ContainerStatus... items) {
    for (V1ContainerStatus item : items) {
      addToEphemeralContainerStatuses(-1, item);
    }
    return self();
  }

  public A removeFromEphemeralContainerStatuses(V1ContainerStatus... items) {
    return removeAllFromEphemeralContainerStatuses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToEphemeralContainerStatuses(int index, V1ContainerStatus item) {
    if (this.ephemeralContainerStatuses == null) {
      this.ephemeralContainerStatuses = new ArrayList<>();
    }
    if (index < 0 || index >= this.ephemeralContainerStatuses.size()) {
      this.ephemeralContainerStatuses.add(item);
    } else {
      this.ephemeralContainerStatuses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToEphemeralContainerStatuses(int index, V1ContainerStatus item) {
    if (index < 0 || this.ephemeralContainerStatuses == null || index >= this.ephemeralContainerStatuses.size()) {
      return addToEphemeralContainerStatuses(-1, item);
    }
    this.ephemeralContainerStatuses.set(index, item);
    return self();
  }

  public A addAllToEphemeralContainerStatuses(Collection<V1ContainerStatus> items) {
    for (V1ContainerStatus item : items) {
      addToEphemeralContainerStatuses(-1, item);
    }
    return self();
  }

  public A removeAllFromEphemeralContainerStatuses(Collection<V1ContainerStatus> items) {
    if (this.ephemeralContainerStatuses != null) {
      this.ephemeralContainerStatuses.removeAll(items);
    }
    return self();
  }

  public List<V1ContainerStatus> buildEphemeralContainerStatuses() {
    return ephemeralContainerStatuses;
  }

  public V1ContainerStatus buildEphemeralContainerStatus(int index) {
    return this.ephemeralContainerStatuses.get(index);
  }

  public EphemeralContainerStatusesNested addNewEphemeralContainerStatus() {
    return new EphemeralContainerStatusesNested(-1, null);
  }

  public EphemeralContainerStatusesNested addNewEphemeralContainerStatusLike(V1ContainerStatus item) {
    return new EphemeralContainerStatusesNested(-1, item);
  }

  public EphemeralContainerStatusesNested setNewEphemeralContainerStatusLike(int index, V1ContainerStatus item) {
    return new EphemeralContainerStatusesNested(index, item);
  }

  public EphemeralContainerStatusesNested editEphemeralContainerStatus(int index) {
    if (this.ephemeralContainerStatuses == null || index < 0 || index >= this.ephemeralContainerStatuses.size()) {
      throw new IndexOutOfBoundsException("can't edit ephemeralContainerStatuses [" + index + "]");
    }
    return new EphemeralContainerStatusesNested(index, this.ephemeralContainerStatuses.get(index));
  }

  public EphemeralContainerStatusesNested editFirstEphemeralContainerStatus() {
    return editEphemeralContainerStatus(0);
  }

  public EphemeralContainerStatusesNested editLastEphemeralContainerStatus() {
    return editEphemeralContainerStatus(this.ephemeralContainerStatuses == null ? -1 : this.ephemeralContainerStatuses.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class EphemeralContainerStatusesNested extends V1ContainerStatusFluent<EphemeralContainerStatusesNested> {
    private final int index;

    EphemeralContainerStatusesNested(int index, V1ContainerStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToEphemeralContainerStatuses(index, toModel());
    }

    public A endEphemeralContainerStatus() {
      return and();
    }
  }

  public V1PodExtendedResourceClaimStatus getExtendedResourceClaimStatus() {
    return extendedResourceClaimStatus;
  }

  public A withExtendedResourceClaimStatus(V1PodExtendedResourceClaimStatus extendedResourceClaimStatus) {
    this.extendedResourceClaimStatus = extendedResourceClaimStatus;
    return self();
  }

  public boolean hasExtendedResourceClaimStatus() {
    return extendedResourceClaimStatus != null;
  }

  public V1PodExtendedResourceClaimStatus buildExtendedResourceClaimStatus() {
    return extendedResourceClaimStatus;
  }

  public ExtendedResourceClaimStatusNested withNewExtendedResourceClaimStatus() {
    return new ExtendedResourceClaimStatusNested(null);
  }

  public ExtendedResourceClaimStatusNested withNewExtendedResourceClaimStatusLike(V1PodExtendedResourceClaimStatus item) {
    return new ExtendedResourceClaimStatusNested(item);
  }

  public ExtendedResourceClaimStatusNested editExtendedResourceClaimStatus() {
    return new ExtendedResourceClaimStatusNested(extendedResourceClaimStatus);
  }

  public ExtendedResourceClaimStatusNested editOrNewExtendedResourceClaimStatus() {
    return new ExtendedResourceClaimStatusNested(extendedResourceClaimStatus != null ? extendedResourceClaimStatus : new V1PodExtendedResourceClaimStatus());
  }

  public ExtendedResourceClaimStatusNested editOrNewExtendedResourceClaimStatusLike(V1PodExtendedResourceClaimStatus item) {
    return new ExtendedResourceClaimStatusNested(extendedResourceClaimStatus != null ? extendedResourceClaimStatus : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ExtendedResourceClaimStatusNested extends V1PodExtendedResourceClaimStatusFluent<ExtendedResourceClaimStatusNested> {
    ExtendedResourceClaimStatusNested(V1PodExtendedResourceClaimStatus item) {
      super(item);
    }

    public A and() {
      return V1PodStatusFluent.this.withExtendedResourceClaimStatus(toModel());
    }

    public A endExtendedResourceClaimStatus() {
      return and();
    }
  }

  public String getHostIP() {
    return hostIP;
  }

  public A withHostIP(String hostIP) {
    this.hostIP = hostIP;
    return self();
  }

  public boolean hasHostIP() {
    return hostIP != null;
  }

  public List<V1HostIP> getHostIPs() {
    return hostIPs;
  }

  public A withHostIPs(List<V1HostIP> hostIPs) {
    this.hostIPs = hostIPs == null ? null : new ArrayList<>(hostIPs);
    return self();
  }

  public boolean hasHostIPs() {
    return hostIPs != null;
  }

  public A withHostIPs(V1HostIP... items) {
    this.hostIPs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToHostIPs(V1HostIP... items) {
    for (V1HostIP item : items) {
      addToHostIPs(-1, item);
    }
    return self();
  }

  public A removeFromHostIPs(V1HostIP... items) {
    return removeAllFromHostIPs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToHostIPs(int index, V1HostIP item) {
    if (this.hostIPs == null) {
      this.hostIPs = new ArrayList<>();
    }
    if (index < 0 || index >= this.hostIPs.size()) {
      this.hostIPs.add(item);
    } else {
      this.hostIPs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToHostIPs(int index, V1HostIP item) {
    if (index < 0 || this.hostIPs == null || index >= this.hostIPs.size()) {
      return addToHostIPs(-1, item);
    }
    this.hostIPs.set(index, item);
    return self();
  }

  public A addAllToHostIPs(Collection<V1HostIP> items) {
    for (V1HostIP item : items) {
      addToHostIPs(-1, item);
    }
    return self();
  }

  public A removeAllFromHostIPs(Collection<V1HostIP> items) {
    if (this.hostIPs != null) {
      this.hostIPs.removeAll(items);
    }
    return self();
  }

  public List<V1HostIP> buildHostIPs() {
    return hostIPs;
  }

  public V1HostIP buildHostIP(int index) {
    return this.hostIPs.get(index);
  }

  public HostIPsNested addNewHostIP() {
    return new HostIPsNested(-1, null);
  }

  public HostIPsNested addNewHostIPLike(V1HostIP item) {
    return new HostIPsNested(-1, item);
  }

  public HostIPsNested setNewHostIPLike(int index, V1HostIP item) {
    return new HostIPsNested(index, item);
  }

  public HostIPsNested editHostIP(int index) {
    if (this.hostIPs == null || index < 0 || index >= this.hostIPs.size()) {
      throw new IndexOutOfBoundsException("can't edit hostIPs [" + index + "]");
    }
    return new HostIPsNested(index, this.hostIPs.get(index));
  }

  public HostIPsNested editFirstHostIP() {
    return editHostIP(0);
  }

  public HostIPsNested editLastHostIP() {
    return editHostIP(this.hostIPs == null ? -1 : this.hostIPs.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class HostIPsNested extends V1HostIPFluent<HostIPsNested> {
    private final int index;

    HostIPsNested(int index, V1HostIP item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToHostIPs(index, toModel());
    }

    public A endHostIP() {
      return and();
    }
  }

  public List<V1ContainerStatus> getInitContainerStatuses() {
    return initContainerStatuses;
  }

  public A withInitContainerStatuses(List<V1ContainerStatus> initContainerStatuses) {
    this.initContainerStatuses = initContainerStatuses == null ? null : new ArrayList<>(initContainerStatuses);
    return self();
  }

  public boolean hasInitContainerStatuses() {
    return initContainerStatuses != null;
  }

  public A withInitContainerStatuses(V1ContainerStatus... items) {
    this.initContainerStatuses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToInitContainerStatuses(V1ContainerStatus... items) {
    for (V1ContainerStatus item : items) {
      addToInitContainerStatuses(-1, item);
    }
    return self();
  }

  public A removeFromInitContainerStatuses(V1ContainerStatus... items) {
    return removeAllFromInitContainerStatuses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToInitContainerStatuses(int index, V1ContainerStatus item) {
    if (this.initContainerStatuses == null) {
      this.initContainerStatuses = new ArrayList<>();
    }
    if (index < 0 || index >= this.initContainerStatuses.size()) {
      this.initContainerStatuses.add(item);
    } else {
      this.initContainerStatuses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToInitContainerStatuses(int index, V1ContainerStatus item) {
    if (index < 0 || this.initContainerStatuses == null || index >= this.initContainerStatuses.size()) {
      return addToInitContainerStatuses(-1, item);
    }
    this.initContainerStatuses.set(index, item);
    return self();
  }

  public A addAllToInitContainerStatuses(Collection<V1ContainerStatus> items) {
    for (V1ContainerStatus item : items) {
      addToInitContainerStatuses(-1, item);
    }
    return self();
  }

  public A removeAllFromInitContainerStatuses(Collection<V1ContainerStatus> items) {
    if (this.initContainerStatuses != null) {
      this.initContainerStatuses.removeAll(items);
    }
    return self();
  }

  public List<V1ContainerStatus> buildInitContainerStatuses() {
    return initContainerStatuses;
  }

  public V1ContainerStatus buildInitContainerStatus(int index) {
    return this.initContainerStatuses.get(index);
  }

  public InitContainerStatusesNested addNewInitContainerStatus() {
    return new InitContainerStatusesNested(-1, null);
  }

  public InitContainerStatusesNested addNewInitContainerStatusLike(V1ContainerStatus item) {
    return new InitContainerStatusesNested(-1, item);
  }

  public InitContainerStatusesNested setNewInitContainerStatusLike(int index, V1ContainerStatus item) {
    return new InitContainerStatusesNested(index, item);
  }

  public InitContainerStatusesNested editInitContainerStatus(int index) {
    if (this.initContainerStatuses == null || index < 0 || index >= this.initContainerStatuses.size()) {
      throw new IndexOutOfBoundsException("can't edit initContainerStatuses [" + index + "]");
    }
    return new InitContainerStatusesNested(index, this.initContainerStatuses.get(index));
  }

  public InitContainerStatusesNested editFirstInitContainerStatus() {
    return editInitContainerStatus(0);
  }

  public InitContainerStatusesNested editLastInitContainerStatus() {
    return editInitContainerStatus(this.initContainerStatuses == null ? -1 : this.initContainerStatuses.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class InitContainerStatusesNested extends V1ContainerStatusFluent<InitContainerStatusesNested> {
    private final int index;

    InitContainerStatusesNested(int index, V1ContainerStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToInitContainerStatuses(index, toModel());
    }

    public A endInitContainerStatus() {
      return and();
    }
  }

  public String getMessage() {
    return message;
  }

  public A withMessage(String message) {
    this.message = message;
    return self();
  }

  public boolean hasMessage() {
    return message != null;
  }

  public List<V1NodeAllocatableResourceClaimStatus> getNodeAllocatableResourceClaimStatuses() {
    return nodeAllocatableResourceClaimStatuses;
  }

  public A withNodeAllocatableResourceClaimStatuses(List<V1NodeAllocatableResourceClaimStatus> nodeAllocatableResourceClaimStatuses) {
    this.nodeAllocatableResourceClaimStatuses = nodeAllocatableResourceClaimStatuses == null ? null : new ArrayList<>(nodeAllocatableResourceClaimStatuses);
    return self();
  }

  public boolean hasNodeAllocatableResourceClaimStatuses() {
    return nodeAllocatableResourceClaimStatuses != null;
  }

  public A withNodeAllocatableResourceClaimStatuses(V1NodeAllocatableResourceClaimStatus... items) {
    this.nodeAllocatableResourceClaimStatuses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToNodeAllocatableResourceClaimStatuses(V1NodeAllocatableResourceClaimStatus... items) {
    for (V1NodeAllocatableResourceClaimStatus item : items) {
      addToNodeAllocatableResourceClaimStatuses(-1, item);
    }
    return self();
  }

  public A removeFromNodeAllocatableResourceClaimStatuses(V1NodeAllocatableResourceClaimStatus... items) {
    return removeAllFromNodeAllocatableResourceClaimStatuses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToNodeAllocatableResourceClaimStatuses(int index, V1NodeAllocatableResourceClaimStatus item) {
    if (this.nodeAllocatableResourceClaimStatuses == null) {
      this.nodeAllocatableResourceClaimStatuses = new ArrayList<>();
    }
    if (index < 0 || index >= this.nodeAllocatableResourceClaimStatuses.size()) {
      this.nodeAllocatableResourceClaimStatuses.add(item);
    } else {
      this.nodeAllocatableResourceClaimStatuses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToNodeAllocatableResourceClaimStatuses(int index, V1NodeAllocatableResourceClaimStatus item) {
    if (index < 0 || this.nodeAllocatableResourceClaimStatuses == null || index >= this.nodeAllocatableResourceClaimStatuses.size()) {
      return addToNodeAllocatableResourceClaimStatuses(-1, item);
    }
    this.nodeAllocatableResourceClaimStatuses.set(index, item);
    return self();
  }

  public A addAllToNodeAllocatableResourceClaimStatuses(Collection<V1NodeAllocatableResourceClaimStatus> items) {
    for (V1NodeAllocatableResourceClaimStatus item : items) {
      addToNodeAllocatableResourceClaimStatuses(-1, item);
    }
    return self();
  }

  public A removeAllFromNodeAllocatableResourceClaimStatuses(Collection<V1NodeAllocatableResourceClaimStatus> items) {
    if (this.nodeAllocatableResourceClaimStatuses != null) {
      this.nodeAllocatableResourceClaimStatuses.removeAll(items);
    }
    return self();
  }

  public List<V1NodeAllocatableResourceClaimStatus> buildNodeAllocatableResourceClaimStatuses() {
    return nodeAllocatableResourceClaimStatuses;
  }

  public V1NodeAllocatableResourceClaimStatus buildNodeAllocatableResourceClaimStatus(int index) {
    return this.nodeAllocatableResourceClaimStatuses.get(index);
  }

  public NodeAllocatableResourceClaimStatusesNested addNewNodeAllocatableResourceClaimStatus() {
    return new NodeAllocatableResourceClaimStatusesNested(-1, null);
  }

  public NodeAllocatableResourceClaimStatusesNested addNewNodeAllocatableResourceClaimStatusLike(V1NodeAllocatableResourceClaimStatus item) {
    return new NodeAllocatableResourceClaimStatusesNested(-1, item);
  }

  public NodeAllocatableResourceClaimStatusesNested setNewNodeAllocatableResourceClaimStatusLike(int index, V1NodeAllocatableResourceClaimStatus item) {
    return new NodeAllocatableResourceClaimStatusesNested(index, item);
  }

  public NodeAllocatableResourceClaimStatusesNested editNodeAllocatableResourceClaimStatus(int index) {
    if (this.nodeAllocatableResourceClaimStatuses == null || index < 0 || index >= this.nodeAllocatableResourceClaimStatuses.size()) {
      throw new IndexOutOfBoundsException("can't edit nodeAllocatableResourceClaimStatuses [" + index + "]");
    }
    return new NodeAllocatableResourceClaimStatusesNested(index, this.nodeAllocatableResourceClaimStatuses.get(index));
  }

  public NodeAllocatableResourceClaimStatusesNested editFirstNodeAllocatableResourceClaimStatus() {
    return editNodeAllocatableResourceClaimStatus(0);
  }

  public NodeAllocatableResourceClaimStatusesNested editLastNodeAllocatableResourceClaimStatus() {
    return editNodeAllocatableResourceClaimStatus(this.nodeAllocatableResourceClaimStatuses == null ? -1 : this.nodeAllocatableResourceClaimStatuses.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class NodeAllocatableResourceClaimStatusesNested extends V1NodeAllocatableResourceClaimStatusFluent<NodeAllocatableResourceClaimStatusesNested> {
    private final int index;

    NodeAllocatableResourceClaimStatusesNested(int index, V1NodeAllocatableResourceClaimStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToNodeAllocatableResourceClaimStatuses(index, toModel());
    }

    public A endNodeAllocatableResourceClaimStatus() {
      return and();
    }
  }

  public String getNominatedNodeName() {
    return nominatedNodeName;
  }

  public A withNominatedNodeName(String nominatedNodeName) {
    this.nominatedNodeName = nominatedNodeName;
    return self();
  }

  public boolean hasNominatedNodeName() {
    return nominatedNodeName != null;
  }

  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public A withObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return self();
  }

  public boolean hasObservedGeneration() {
    return observedGeneration != null;
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

  public String getPodIP() {
    return podIP;
  }

  public A withPodIP(String podIP) {
    this.podIP = podIP;
    return self();
  }

  public boolean hasPodIP() {
    return podIP != null;
  }

  public List<V1PodIP> getPodIPs() {
    return podIPs;
  }

  public A withPodIPs(List<V1PodIP> podIPs) {
    this.podIPs = podIPs == null ? null : new ArrayList<>(podIPs);
    return self();
  }

  public boolean hasPodIPs() {
    return podIPs != null;
  }

  public A withPodIPs(V1PodIP... items) {
    this.podIPs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPodIPs(V1PodIP... items) {
    for (V1PodIP item : items) {
      addToPodIPs(-1, item);
    }
    return self();
  }

  public A removeFromPodIPs(V1PodIP... items) {
    return removeAllFromPodIPs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPodIPs(int index, V1PodIP item) {
    if (this.podIPs == null) {
      this.podIPs = new ArrayList<>();
    }
    if (index < 0 || index >= this.podIPs.size()) {
      this.podIPs.add(item);
    } else {
      this.podIPs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPodIPs(int index, V1PodIP item) {
    if (index < 0 || this.podIPs == null || index >= this.podIPs.size()) {
      return addToPodIPs(-1, item);
    }
    this.podIPs.set(index, item);
    return self();
  }

  public A addAllToPodIPs(Collection<V1PodIP> items) {
    for (V1PodIP item : items) {
      addToPodIPs(-1, item);
    }
    return self();
  }

  public A removeAllFromPodIPs(Collection<V1PodIP> items) {
    if (this.podIPs != null) {
      this.podIPs.removeAll(items);
    }
    return self();
  }

  public List<V1PodIP> buildPodIPs() {
    return podIPs;
  }

  public V1PodIP buildPodIP(int index) {
    return this.podIPs.get(index);
  }

  public PodIPsNested addNewPodIP() {
    return new PodIPsNested(-1, null);
  }

  public PodIPsNested addNewPodIPLike(V1PodIP item) {
    return new PodIPsNested(-1, item);
  }

  public PodIPsNested setNewPodIPLike(int index, V1PodIP item) {
    return new PodIPsNested(index, item);
  }

  public PodIPsNested editPodIP(int index) {
    if (this.podIPs == null || index < 0 || index >= this.podIPs.size()) {
      throw new IndexOutOfBoundsException("can't edit podIPs [" + index + "]");
    }
    return new PodIPsNested(index, this.podIPs.get(index));
  }

  public PodIPsNested editFirstPodIP() {
    return editPodIP(0);
  }

  public PodIPsNested editLastPodIP() {
    return editPodIP(this.podIPs == null ? -1 : this.podIPs.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PodIPsNested extends V1PodIPFluent<PodIPsNested> {
    private final int index;

    PodIPsNested(int index, V1PodIP item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToPodIPs(index, toModel());
    }

    public A endPodIP() {
      return and();
    }
  }

  public String getQosClass() {
    return qosClass;
  }

  public A withQosClass(String qosClass) {
    this.qosClass = qosClass;
    return self();
  }

  public boolean hasQosClass() {
    return qosClass != null;
  }

  public String getReason() {
    return reason;
  }

  public A withReason(String reason) {
    this.reason = reason;
    return self();
  }

  public boolean hasReason() {
    return reason != null;
  }

  public String getResize() {
    return resize;
  }

  public A withResize(String resize) {
    this.resize = resize;
    return self();
  }

  public boolean hasResize() {
    return resize != null;
  }

  public List<V1PodResourceClaimStatus> getResourceClaimStatuses() {
    return resourceClaimStatuses;
  }

  public A withResourceClaimStatuses(List<V1PodResourceClaimStatus> resourceClaimStatuses) {
    this.resourceClaimStatuses = resourceClaimStatuses == null ? null : new ArrayList<>(resourceClaimStatuses);
    return self();
  }

  public boolean hasResourceClaimStatuses() {
    return resourceClaimStatuses != null;
  }

  public A withResourceClaimStatuses(V1PodResourceClaimStatus... items) {
    this.resourceClaimStatuses = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResourceClaimStatuses(V1PodResourceClaimStatus... items) {
    for (V1PodResourceClaimStatus item : items) {
      addToResourceClaimStatuses(-1, item);
    }
    return self();
  }

  public A removeFromResourceClaimStatuses(V1PodResourceClaimStatus... items) {
    return removeAllFromResourceClaimStatuses(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResourceClaimStatuses(int index, V1PodResourceClaimStatus item) {
    if (this.resourceClaimStatuses == null) {
      this.resourceClaimStatuses = new ArrayList<>();
    }
    if (index < 0 || index >= this.resourceClaimStatuses.size()) {
      this.resourceClaimStatuses.add(item);
    } else {
      this.resourceClaimStatuses.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResourceClaimStatuses(int index, V1PodResourceClaimStatus item) {
    if (index < 0 || this.resourceClaimStatuses == null || index >= this.resourceClaimStatuses.size()) {
      return addToResourceClaimStatuses(-1, item);
    }
    this.resourceClaimStatuses.set(index, item);
    return self();
  }

  public A addAllToResourceClaimStatuses(Collection<V1PodResourceClaimStatus> items) {
    for (V1PodResourceClaimStatus item : items) {
      addToResourceClaimStatuses(-1, item);
    }
    return self();
  }

  public A removeAllFromResourceClaimStatuses(Collection<V1PodResourceClaimStatus> items) {
    if (this.resourceClaimStatuses != null) {
      this.resourceClaimStatuses.removeAll(items);
    }
    return self();
  }

  public List<V1PodResourceClaimStatus> buildResourceClaimStatuses() {
    return resourceClaimStatuses;
  }

  public V1PodResourceClaimStatus buildResourceClaimStatus(int index) {
    return this.resourceClaimStatuses.get(index);
  }

  public ResourceClaimStatusesNested addNewResourceClaimStatus() {
    return new ResourceClaimStatusesNested(-1, null);
  }

  public ResourceClaimStatusesNested addNewResourceClaimStatusLike(V1PodResourceClaimStatus item) {
    return new ResourceClaimStatusesNested(-1, item);
  }

  public ResourceClaimStatusesNested setNewResourceClaimStatusLike(int index, V1PodResourceClaimStatus item) {
    return new ResourceClaimStatusesNested(index, item);
  }

  public ResourceClaimStatusesNested editResourceClaimStatus(int index) {
    if (this.resourceClaimStatuses == null || index < 0 || index >= this.resourceClaimStatuses.size()) {
      throw new IndexOutOfBoundsException("can't edit resourceClaimStatuses [" + index + "]");
    }
    return new ResourceClaimStatusesNested(index, this.resourceClaimStatuses.get(index));
  }

  public ResourceClaimStatusesNested editFirstResourceClaimStatus() {
    return editResourceClaimStatus(0);
  }

  public ResourceClaimStatusesNested editLastResourceClaimStatus() {
    return editResourceClaimStatus(this.resourceClaimStatuses == null ? -1 : this.resourceClaimStatuses.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ResourceClaimStatusesNested extends V1PodResourceClaimStatusFluent<ResourceClaimStatusesNested> {
    private final int index;

    ResourceClaimStatusesNested(int index, V1PodResourceClaimStatus item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToResourceClaimStatuses(index, toModel());
    }

    public A endResourceClaimStatus() {
      return and();
    }
  }

  public V1ResourceRequirements getResources() {
    return resources;
  }

  public A withResources(V1ResourceRequirements resources) {
    this.resources = resources;
    return self();
  }

  public boolean hasResources() {
    return resources != null;
  }

  public V1ResourceRequirements buildResources() {
    return resources;
  }

  public ResourcesNested withNewResources() {
    return new ResourcesNested(null);
  }

  public ResourcesNested withNewResourcesLike(V1ResourceRequirements item) {
    return new ResourcesNested(item);
  }

  public ResourcesNested editResources() {
    return new ResourcesNested(resources);
  }

  public ResourcesNested editOrNewResources() {
    return new ResourcesNested(resources != null ? resources : new V1ResourceRequirements());
  }

  public ResourcesNested editOrNewResourcesLike(V1ResourceRequirements item) {
    return new ResourcesNested(resources != null ? resources : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourcesNested extends V1ResourceRequirementsFluent<ResourcesNested> {
    ResourcesNested(V1ResourceRequirements item) {
      super(item);
    }

    public A and() {
      return V1PodStatusFluent.this.withResources(toModel());
    }

    public A endResources() {
      return and();
    }
  }

  public OffsetDateTime getStartTime() {
    return startTime;
  }

  public A withStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
    return self();
  }

  public boolean hasStartTime() {
    return startTime != null;
  }

  public List<V1PodVolumeHealth> getVolumeHealth() {
    return volumeHealth;
  }

  public A withVolumeHealth(List<V1PodVolumeHealth> volumeHealth) {
    this.volumeHealth = volumeHealth == null ? null : new ArrayList<>(volumeHealth);
    return self();
  }

  public boolean hasVolumeHealth() {
    return volumeHealth != null;
  }

  public A withVolumeHealth(V1PodVolumeHealth... items) {
    this.volumeHealth = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumeHealth(V1PodVolumeHealth... items) {
    for (V1PodVolumeHealth item : items) {
      addToVolumeHealth(-1, item);
    }
    return self();
  }

  public A removeFromVolumeHealth(V1PodVolumeHealth... items) {
    return removeAllFromVolumeHealth(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumeHealth(int index, V1PodVolumeHealth item) {
    if (this.volumeHealth == null) {
      this.volumeHealth = new ArrayList<>();
    }
    if (index < 0 || index >= this.volumeHealth.size()) {
      this.volumeHealth.add(item);
    } else {
      this.volumeHealth.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVolumeHealth(int index, V1PodVolumeHealth item) {
    if (index < 0 || this.volumeHealth == null || index >= this.volumeHealth.size()) {
      return addToVolumeHealth(-1, item);
    }
    this.volumeHealth.set(index, item);
    return self();
  }

  public A addAllToVolumeHealth(Collection<V1PodVolumeHealth> items) {
    for (V1PodVolumeHealth item : items) {
      addToVolumeHealth(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumeHealth(Collection<V1PodVolumeHealth> items) {
    if (this.volumeHealth != null) {
      this.volumeHealth.removeAll(items);
    }
    return self();
  }

  public List<V1PodVolumeHealth> buildVolumeHealth() {
    return volumeHealth;
  }

  public V1PodVolumeHealth buildVolumeHealth(int index) {
    return this.volumeHealth.get(index);
  }

  public VolumeHealthNested addNewVolumeHealth() {
    return new VolumeHealthNested(-1, null);
  }

  public VolumeHealthNested addNewVolumeHealthLike(V1PodVolumeHealth item) {
    return new VolumeHealthNested(-1, item);
  }

  public VolumeHealthNested setNewVolumeHealthLike(int index, V1PodVolumeHealth item) {
    return new VolumeHealthNested(index, item);
  }

  public VolumeHealthNested editVolumeHealth(int index) {
    if (this.volumeHealth == null || index < 0 || index >= this.volumeHealth.size()) {
      throw new IndexOutOfBoundsException("can't edit volumeHealth [" + index + "]");
    }
    return new VolumeHealthNested(index, this.volumeHealth.get(index));
  }

  public VolumeHealthNested editFirstVolumeHealth() {
    return editVolumeHealth(0);
  }

  public VolumeHealthNested editLastVolumeHealth() {
    return editVolumeHealth(this.volumeHealth == null ? -1 : this.volumeHealth.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VolumeHealthNested extends V1PodVolumeHealthFluent<VolumeHealthNested> {
    private final int index;

    VolumeHealthNested(int index, V1PodVolumeHealth item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodStatusFluent.this.setToVolumeHealth(index, toModel());
    }

    public A endVolumeHealth() {
      return and();
    }
  }
}
