package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1DeviceCounterConsumption}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceCounterConsumptionBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceCounterConsumptionFluent<A extends V1DeviceCounterConsumptionFluent<A>> {
  private List<String> compatibilityGroups;
  private String counterSet;
  private Map<String, V1Counter> counters;

  public V1DeviceCounterConsumptionFluent() {}

  public V1DeviceCounterConsumptionFluent(V1DeviceCounterConsumption instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceCounterConsumption instance) {
    if (instance != null) {
      this.compatibilityGroups = instance.getCompatibilityGroups() == null ? null : new ArrayList<>(instance.getCompatibilityGroups());
      this.counterSet = instance.getCounterSet();
      this.counters = instance.getCounters() == null ? null : new LinkedHashMap<>(instance.getCounters());
    }
  }

  /** A new {@link V1DeviceCounterConsumption} holding what was set (lists and maps copied). */
  V1DeviceCounterConsumption toModel() {
    V1DeviceCounterConsumption o = new V1DeviceCounterConsumption();
    o.setCompatibilityGroups(compatibilityGroups == null ? null : new ArrayList<>(compatibilityGroups));
    o.setCounterSet(counterSet);
    o.setCounters(counters == null ? null : new LinkedHashMap<>(counters));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<String> getCompatibilityGroups() {
    return compatibilityGroups;
  }

  public A withCompatibilityGroups(List<String> compatibilityGroups) {
    this.compatibilityGroups = compatibilityGroups == null ? null : new ArrayList<>(compatibilityGroups);
    return self();
  }

  public boolean hasCompatibilityGroups() {
    return compatibilityGroups != null;
  }

  public A withCompatibilityGroups(String... items) {
    this.compatibilityGroups = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToCompatibilityGroups(String... items) {
    for (String item : items) {
      addToCompatibilityGroups(-1, item);
    }
    return self();
  }

  public A removeFromCompatibilityGroups(String... items) {
    return removeAllFromCompatibilityGroups(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToCompatibilityGroups(int index, String item) {
    if (this.compatibilityGroups == null) {
      this.compatibilityGroups = new ArrayList<>();
    }
    if (index < 0 || index >= this.compatibilityGroups.size()) {
      this.compatibilityGroups.add(item);
    } else {
      this.compatibilityGroups.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToCompatibilityGroups(int index, String item) {
    if (index < 0 || this.compatibilityGroups == null || index >= this.compatibilityGroups.size()) {
      return addToCompatibilityGroups(-1, item);
    }
    this.compatibilityGroups.set(index, item);
    return self();
  }

  public A addAllToCompatibilityGroups(Collection<String> items) {
    for (String item : items) {
      addToCompatibilityGroups(-1, item);
    }
    return self();
  }

  public A removeAllFromCompatibilityGroups(Collection<String> items) {
    if (this.compatibilityGroups != null) {
      this.compatibilityGroups.removeAll(items);
    }
    return self();
  }

  public String getCounterSet() {
    return counterSet;
  }

  public A withCounterSet(String counterSet) {
    this.counterSet = counterSet;
    return self();
  }

  public boolean hasCounterSet() {
    return counterSet != null;
  }

  public Map<String, V1Counter> getCounters() {
    return counters;
  }

  public A withCounters(Map<String, V1Counter> counters) {
    this.counters = counters == null ? null : new LinkedHashMap<>(counters);
    return self();
  }

  public boolean hasCounters() {
    return counters != null;
  }

  public A addToCounters(String key, V1Counter value) {
    if (this.counters == null) {
      this.counters = new LinkedHashMap<>();
    }
    this.counters.put(key, value);
    return self();
  }

  public A addToCounters(Map<String, V1Counter> map) {
    if (map != null) {
      for (Map.Entry<String, V1Counter> entry : map.entrySet()) {
        addToCounters(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromCounters(String key) {
    if (this.counters != null) {
      this.counters.remove(key);
    }
    return self();
  }

  public A removeFromCounters(Map<String, V1Counter> map) {
    if (this.counters != null && map != null) {
      this.counters.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
