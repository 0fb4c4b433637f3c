package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1VolumeResourceRequirements}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1VolumeResourceRequirementsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1VolumeResourceRequirementsFluent<A extends V1VolumeResourceRequirementsFluent<A>> {
  private Map<String, Quantity> limits;
  private Map<String, Quantity> requests;

  public V1VolumeResourceRequirementsFluent() {}

  public V1VolumeResourceRequirementsFluent(V1VolumeResourceRequirements instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1VolumeResourceRequirements instance) {
    if (instance != null) {
      this.limits = instance.getLimits() == null ? null : new LinkedHashMap<>(instance.getLimits());
      this.requests = instance.getRequests() == null ? null : new LinkedHashMap<>(instance.getRequests());
    }
  }

  /** A new {@link V1VolumeResourceRequirements} holding what was set (lists and maps copied). */
  V1VolumeResourceRequirements toModel() {
    V1VolumeResourceRequirements o = new V1VolumeResourceRequirements();
    o.setLimits(limits == null ? null : new LinkedHashMap<>(limits));
    o.setRequests(requests == null ? null : new LinkedHashMap<>(requests));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, Quantity> getLimits() {
    return limits;
  }

  public A withLimits(Map<String, Quantity> limits) {
    this.limits = limits == null ? null : new LinkedHashMap<>(limits);
    return self();
  }

  public boolean hasLimits() {
    return limits != null;
  }

  public A addToLimits(String key, Quantity value) {
    if (this.limits == null) {
      this.limits = new LinkedHashMap<>();
    }
    this.limits.put(key, value);
    return self();
  }

  public A addToLimits(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToLimits(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromLimits(String key) {
    if (this.limits != null) {
      this.limits.remove(key);
    }
    return self();
  }

  public A removeFromLimits(Map<String, Quantity> map) {
    if (this.limits != null && map != null) {
      this.limits.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, Quantity> getRequests() {
    return requests;
  }

  public A withRequests(Map<String, Quantity> requests) {
    this.requests = requests == null ? null : new LinkedHashMap<>(requests);
    return self();
  }

  public boolean hasRequests() {
    return requests != null;
  }

  public A addToRequests(String key, Quantity value) {
    if (this.requests == null) {
      this.requests = new LinkedHashMap<>();
    }
    this.requests.put(key, value);
    return self();
  }

  public A addToRequests(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToRequests(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromRequests(String key) {
    if (this.requests != null) {
      this.requests.remove(key);
    }
    return self();
  }

  public A removeFromRequests(Map<String, Quantity> map) {
    if (this.requests != null && map != null) {
      this.requests.keySet().removeAll(map.keySet());
    }
    return self();
  }
}
