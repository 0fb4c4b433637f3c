package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1ResourceQuotaStatus}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourceQuotaStatusBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourceQuotaStatusFluent<A extends V1ResourceQuotaStatusFluent<A>> {
  private Map<String, Quantity> hard;
  private Map<String, Quantity> used;

  public V1ResourceQuotaStatusFluent() {}

  public V1ResourceQuotaStatusFluent(V1ResourceQuotaStatus instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourceQuotaStatus instance) {
    if (instance != null) {
      this.hard = instance.getHard() == null ? null : new LinkedHashMap<>(instance.getHard());
      this.used = instance.getUsed() == null ? null : new LinkedHashMap<>(instance.getUsed());
    }
  }

  /** A new {@link V1ResourceQuotaStatus} holding what was set (lists and maps copied). */
  V1ResourceQuotaStatus toModel() {
    V1ResourceQuotaStatus o = new V1ResourceQuotaStatus();
    o.setHard(hard == null ? null : new LinkedHashMap<>(hard));
    o.setUsed(used == null ? null : new LinkedHashMap<>(used));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, Quantity> getHard() {
    return hard;
  }

  public A withHard(Map<String, Quantity> hard) {
    this.hard = hard == null ? null : new LinkedHashMap<>(hard);
    return self();
  }

  public boolean hasHard() {
    return hard != null;
  }

  public A addToHard(String key, Quantity value) {
    if (this.hard == null) {
      this.hard = new LinkedHashMap<>();
    }
    this.hard.put(key, value);
    return self();
  }

  public A addToHard(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToHard(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromHard(String key) {
    if (this.hard != null) {
      this.hard.remove(key);
    }
    return self();
  }

  public A removeFromHard(Map<String, Quantity> map) {
    if (this.hard != null && map != null) {
      this.hard.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, Quantity> getUsed() {
    return used;
  }

  public A withUsed(Map<String, Quantity> used) {
    this.used = used == null ? null : new LinkedHashMap<>(used);
    return self();
  }

  public boolean hasUsed() {
    return used != null;
  }

  public A addToUsed(String key, Quantity value) {
    if (this.used == null) {
      this.used = new LinkedHashMap<>();
    }
    this.used.put(key, value);
    return self();
  }

  public A addToUsed(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToUsed(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromUsed(String key) {
    if (this.used != null) {
      this.used.remove(key);
    }
    return self();
  }

  public A removeFromUsed(Map<String, Quantity> map) {
    if (this.used != null && map != null) {
      this.used.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
