package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1PersistentVolumeClaimStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PersistentVolumeClaimStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PersistentVolumeClaimStatusFluent<A extends V1PersistentVolumeClaimStatusFluent<A>> {
  private List<String> accessModes;
  private Map<String, String> allocatedResourceStatuses;
  private Map<String, Quantity> allocatedResources;
  private Map<String, Quantity> capacity;
  private List<V1PersistentVolumeClaimCondition> conditions;
  private String currentVolumeAttributesClassName;
  private V1VolumeHealthStatus healthStatus;
  private V1ModifyVolumeStatus modifyVolumeStatus;
  private String phase;

  public V1PersistentVolumeClaimStatusFluent() {}

  public V1PersistentVolumeClaimStatusFluent(V1PersistentVolumeClaimStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PersistentVolumeClaimStatus instance) {
    if (instance != null) {
      this.accessModes = instance.getAccessModes() == null ? null : new ArrayList<>(instance.getAccessModes());
      this.allocatedResourceStatuses = instance.getAllocatedResourceStatuses() == null ? null : new LinkedHashMap<>(instance.getAllocatedResourceStatuses());
      this.allocatedResources = instance.getAllocatedResources() == null ? null : new LinkedHashMap<>(instance.getAllocatedResources());
      this.capacity = instance.getCapacity() == null ? null : new LinkedHashMap<>(instance.getCapacity());
      this.conditions = instance.getConditions() == null ? null : new ArrayList<>(instance.getConditions());
      this.currentVolumeAttributesClassName = instance.getCurrentVolumeAttributesClassName();
      this.healthStatus = instance.getHealthStatus();
      this.modifyVolumeStatus = instance.getModifyVolumeStatus();
      this.phase = instance.getPhase();
    }
  }

  /** A new {@link V1PersistentVolumeClaimStatus} holding what was set (lists and maps copied). */
  V1PersistentVolumeClaimStatus toModel() {
    V1PersistentVolumeClaimStatus o = new V1PersistentVolumeClaimStatus();
    o.setAccessModes(accessModes == null ? null : new ArrayList<>(accessModes));
    o.setAllocatedResourceStatuses(allocatedResourceStatuses == null ? null : new LinkedHashMap<>(allocatedResourceStatuses));
    o.setAllocatedResources(allocatedResources == null ? null : new LinkedHashMap<>(allocatedResources));
    o.setCapacity(capacity == null ? null : new LinkedHashMap<>(capacity));
    o.setConditions(conditions == null ? null : new ArrayList<>(conditions));
    o.setCurrentVolumeAttributesClassName(currentVolumeAttributesClassName);
    o.setHealthStatus(healthStatus);
    o.setModifyVolumeStatus(modifyVolumeStatus);
    o.setPhase(phase);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getAccessModes() {
    return accessModes;
  }

  public A withAccessModes(List<String> accessModes) {
    this.accessModes = accessModes == null ? null : new ArrayList<>(accessModes);
    return self();
  }

  public boolean hasAccessModes() {
    return accessModes != null;
  }

  public A withAccessModes(String... items) {
    this.accessModes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAccessModes(String... items) {
    for (String item : items) {
      addToAccessModes(-1, item);
    }
    return self();
  }

  public A removeFromAccessModes(String... items) {
    return removeAllFromAccessModes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAccessModes(int index, String item) {
    if (this.accessModes == null) {
      this.accessModes = new ArrayList<>();
    }
    if (index < 0 || index >= this.accessModes.size()) {
      this.accessModes.add(item);
    } else {
      this.accessModes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAccessModes(int index, String item) {
    if (index < 0 || this.accessModes == null || index >= this.accessModes.size()) {
      return addToAccessModes(-1, item);
    }
    this.accessModes.set(index, item);
    return self();
  }

  public A addAllToAccessModes(Collection<String> items) {
    for (String item : items) {
      addToAccessModes(-1, item);
    }
    return self();
  }

  public A removeAllFromAccessModes(Collection<String> items) {
    if (this.accessModes != null) {
      this.accessModes.removeAll(items);
    }
    return self();
  }

  public Map<String, String> getAllocatedResourceStatuses() {
    return allocatedResourceStatuses;
  }

  public A withAllocatedResourceStatuses(Map<String, String> allocatedResourceStatuses) {
    this.allocatedResourceStatuses = allocatedResourceStatuses == null ? null : new LinkedHashMap<>(allocatedResourceStatuses);
    return self();
  }

  public boolean hasAllocatedResourceStatuses() {
    return allocatedResourceStatuses != null;
  }

  public A addToAllocatedResourceStatuses(String key, String value) {
    if (this.allocatedResourceStatuses == null) {
      this.allocatedResourceStatuses = new LinkedHashMap<>();
    }
    this.allocatedResourceStatuses.put(key, value);
    return self();
  }

  public A addToAllocatedResourceStatuses(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToAllocatedResourceStatuses(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromAllocatedResourceStatuses(String key) {
    if (this.allocatedResourceStatuses != null) {
      this.allocatedResourceStatuses.remove(key);
    }
    return self();
  }

  public A removeFromAllocatedResourceStatuses(Map<String, String> map) {
    if (this.allocatedResourceStatuses != null && map != null) {
      this.allocatedResourceStatuses.keySet().removeAll(map.keySet());
    }
    return self();
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

  public List<V1PersistentVolumeClaimCondition> getConditions() {
    return conditions;
  }

  public A withConditions(List<V1PersistentVolumeClaimCondition> conditions) {
    this.conditions = conditions == null ? null : new ArrayList<>(conditions);
    return self();
  }

  public boolean hasConditions() {
    return conditions != null;
  }

  public A withConditions(V1PersistentVolumeClaimCondition... items) {
    this.conditions = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToConditions(V1PersistentVolumeClaimCondition... items) {
    for (V1PersistentVolumeClaimCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeFromConditions(V1PersistentVolumeClaimCondition... items) {
    return removeAllFromConditions(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToConditions(int index, V1PersistentVolumeClaimCondition item) {
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
  public A setToConditions(int index, V1PersistentVolumeClaimCondition item) {
    if (index < 0 || this.conditions == null || index >= this.conditions.size()) {
      return addToConditions(-1, item);
    }
    this.conditions.set(index, item);
    return self();
  }

  public A addAllToConditions(Collection<V1PersistentVolumeClaimCondition> items) {
    for (V1PersistentVolumeClaimCondition item : items) {
      addToConditions(-1, item);
    }
    return self();
  }

  public A removeAllFromConditions(Collection<V1PersistentVolumeClaimCondition> items) {
    if (this.conditions != null) {
      this.conditions.removeAll(items);
    }
    return self();
  }

  public List<V1PersistentVolumeClaimCondition> buildConditions() {
    return conditions;
  }

  public V1PersistentVolumeClaimCondition buildCondition(int index) {
    return this.conditions.get(index);
  }

  public ConditionsNested addNewCondition() {
    return new ConditionsNested(-1, null);
  }

  public ConditionsNested addNewConditionLike(V1PersistentVolumeClaimCondition item) {
    return new ConditionsNested(-1, item);
  }

  public ConditionsNested setNewConditionLike(int index, V1PersistentVolumeClaimCondition item) {
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
  public class ConditionsNested extends V1PersistentVolumeClaimConditionFluent<ConditionsNested> {
    private final int index;

    ConditionsNested(int index, V1PersistentVolumeClaimCondition item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PersistentVolumeClaimStatusFluent.this.setToConditions(index, toModel());
    }

    public A endCondition() {
      return and();
    }
  }

  public String getCurrentVolumeAttributesClassName() {
    return currentVolumeAttributesClassName;
  }

  public A withCurrentVolumeAttributesClassName(String currentVolumeAttributesClassName) {
    this.currentVolumeAttributesClassName = currentVolumeAttributesClassName;
    return self();
  }

  public boolean hasCurrentVolumeAttributesClassName() {
    return currentVolumeAttributesClassName != null;
  }

  public V1VolumeHealthStatus getHealthStatus() {
    return healthStatus;
  }

  public A withHealthStatus(V1VolumeHealthStatus healthStatus) {
    this.healthStatus = healthStatus;
    return self();
  }

  public boolean hasHealthStatus() {
    return healthStatus != null;
  }

  public V1VolumeHealthStatus buildHealthStatus() {
    return healthStatus;
  }

  public HealthStatusNested withNewHealthStatus() {
    return new HealthStatusNested(null);
  }

  public HealthStatusNested withNewHealthStatusLike(V1VolumeHealthStatus item) {
    return new HealthStatusNested(item);
  }

  public HealthStatusNested editHealthStatus() {
    return new HealthStatusNested(healthStatus);
  }

  public HealthStatusNested editOrNewHealthStatus() {
    return new HealthStatusNested(healthStatus != null ? healthStatus : new V1VolumeHealthStatus());
  }

  public HealthStatusNested editOrNewHealthStatusLike(V1VolumeHealthStatus item) {
    return new HealthStatusNested(healthStatus != null ? healthStatus : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class HealthStatusNested extends V1VolumeHealthStatusFluent<HealthStatusNested> {
    HealthStatusNested(V1VolumeHealthStatus item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeClaimStatusFluent.this.withHealthStatus(toModel());
    }

    public A endHealthStatus() {
      return and();
    }
  }

  public V1ModifyVolumeStatus getModifyVolumeStatus() {
    return modifyVolumeStatus;
  }

  public A withModifyVolumeStatus(V1ModifyVolumeStatus modifyVolumeStatus) {
    this.modifyVolumeStatus = modifyVolumeStatus;
    return self();
  }

  public boolean hasModifyVolumeStatus() {
    return modifyVolumeStatus != null;
  }

  public V1ModifyVolumeStatus buildModifyVolumeStatus() {
    return modifyVolumeStatus;
  }

  public ModifyVolumeStatusNested withNewModifyVolumeStatus() {
    return new ModifyVolumeStatusNested(null);
  }

  public ModifyVolumeStatusNested withNewModifyVolumeStatusLike(V1ModifyVolumeStatus item) {
    return new ModifyVolumeStatusNested(item);
  }

  public ModifyVolumeStatusNested editModifyVolumeStatus() {
    return new ModifyVolumeStatusNested(modifyVolumeStatus);
  }

  public ModifyVolumeStatusNested editOrNewModifyVolumeStatus() {
    return new ModifyVolumeStatusNested(modifyVolumeStatus != null ? modifyVolumeStatus : new V1ModifyVolumeStatus());
  }

  public ModifyVolumeStatusNested editOrNewModifyVolumeStatusLike(V1ModifyVolumeStatus item) {
    return new ModifyVolumeStatusNested(modifyVolumeStatus != null ? modifyVolumeStatus : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ModifyVolumeStatusNested extends V1ModifyVolumeStatusFluent<ModifyVolumeStatusNested> {
    ModifyVolumeStatusNested(V1ModifyVolumeStatus item) {
      super(item);
    }

    public A and() {
      return V1PersistentVolumeClaimStatusFluent.this.withModifyVolumeStatus(toModel());
    }

    public A endModifyVolumeStatus() {
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
}
