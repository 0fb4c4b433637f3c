package dev.kubesmith.kubeclient.openapi.models;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1beta2CounterSet}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta2CounterSetBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta2CounterSetFluent<A extends V1beta2CounterSetFluent<A>> {
  private Map<String, V1beta2Counter> counters;
  private String name;

  public V1beta2CounterSetFluent() {}

  public V1beta2CounterSetFluent(V1beta2CounterSet instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta2CounterSet instance) {
    if (instance != null) {
      this.counters = instance.getCounters() == null ? null : new LinkedHashMap<>(instance.getCounters());
      this.name = instance.getName();
    }
  }

  /** A new {@link V1beta2CounterSet} holding what was set (lists and maps copied). */
  V1beta2CounterSet toModel() {
    V1beta2CounterSet o = new V1beta2CounterSet();
    o.setCounters(counters == null ? null : new LinkedHashMap<>(counters));
    o.setName(name);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, V1beta2Counter> getCounters() {
    return counters;
  }

  public A withCounters(Map<String, V1beta2Counter> counters) {
    this.counters = counters == null ? null : new LinkedHashMap<>(counters);
    return self();
  }

  public boolean hasCounters() {
    return counters != null;
  }

  public A addToCounters(String key, V1beta2Counter value) {
    if (this.counters == null) {
      this.counters = new LinkedHashMap<>();
    }
    this.counters.put(key, value);
    return self();
  }

  public A addToCounters(Map<String, V1beta2Counter> map) {
    if (map != null) {
      for (Map.Entry<String, V1beta2Counter> entry : map.entrySet()) {
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

  public A removeFromCounters(Map<String, V1beta2Counter> map) {
    if (this.counters != null && map != null) {
      this.counters.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public String getName() {
    return name;
  }

  public A withName(String name) {
    this.name = name;
    return self();
  }

  public boolean hasName() {
    return name != null;
  }
}
