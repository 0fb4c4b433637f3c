package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1Overhead}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1OverheadBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1OverheadFluent<A extends V1OverheadFluent<A>> {
  private Map<String, Quantity> podFixed;

  public V1OverheadFluent() {}

  public V1OverheadFluent(V1Overhead instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1Overhead instance) {
    if (instance != null) {
      this.podFixed = instance.getPodFixed() == null ? null : new LinkedHashMap<>(instance.getPodFixed());
    }
  }

  /** A new {@link V1Overhead} holding what was set (lists and maps copied). */
  V1Overhead toModel() {
    V1Overhead o = new V1Overhead();
    o.setPodFixed(podFixed == null ? null : new LinkedHashMap<>(podFixed));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, Quantity> getPodFixed() {
    return podFixed;
  }

  public A withPodFixed(Map<String, Quantity> podFixed) {
    this.podFixed = podFixed == null ? null : new LinkedHashMap<>(podFixed);
    return self();
  }

  public boolean hasPodFixed() {
    return podFixed != null;
  }

  public A addToPodFixed(String key, Quantity value) {
    if (this.podFixed == null) {
      this.podFixed = new LinkedHashMap<>();
    }
    this.podFixed.put(key, value);
    return self();
  }

  public A addToPodFixed(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToPodFixed(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromPodFixed(String key) {
    if (this.podFixed != null) {
      this.podFixed.remove(key);
    }
    return self();
  }

  public A removeFromPodFixed(Map<String, Quantity> map) {
    if (this.podFixed != null && map != null) {
      this.podFixed.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
