package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1CapacityRequirements}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1CapacityRequirementsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1CapacityRequirementsFluent<A extends V1CapacityRequirementsFluent<A>> {
  private Map<String, Quantity> requests;

  public V1CapacityRequirementsFluent() {}

  public V1CapacityRequirementsFluent(V1CapacityRequirements instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1CapacityRequirements instance) {
    if (instance != null) {
      this.requests = instance.getRequests() == null ? null : new LinkedHashMap<>(instance.getRequests());
    }
  }

  /** A new {@link V1CapacityRequirements} holding what was set (lists and maps copied). */
  V1CapacityRequirements toModel() {
    V1CapacityRequirements o = new V1CapacityRequirements();
    o.setRequests(requests == null ? null : new LinkedHashMap<>(requests));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
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
