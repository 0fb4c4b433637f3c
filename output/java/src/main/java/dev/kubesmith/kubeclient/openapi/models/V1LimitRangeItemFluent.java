package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fluent setters of {@link V1LimitRangeItem}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1LimitRangeItemBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1LimitRangeItemFluent<A extends V1LimitRangeItemFluent<A>> {
  private Map<String, Quantity> _default;
  private Map<String, Quantity> defaultRequest;
  private Map<String, Quantity> max;
  private Map<String, Quantity> maxLimitRequestRatio;
  private Map<String, Quantity> min;
  private String type;

  public V1LimitRangeItemFluent() {}

  public V1LimitRangeItemFluent(V1LimitRangeItem instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1LimitRangeItem instance) {
    if (instance != null) {
      this._default = instance.getDefault() == null ? null : new LinkedHashMap<>(instance.getDefault());
      this.defaultRequest = instance.getDefaultRequest() == null ? null : new LinkedHashMap<>(instance.getDefaultRequest());
      this.max = instance.getMax() == null ? null : new LinkedHashMap<>(instance.getMax());
      this.maxLimitRequestRatio = instance.getMaxLimitRequestRatio() == null ? null : new LinkedHashMap<>(instance.getMaxLimitRequestRatio());
      this.min = instance.getMin() == null ? null : new LinkedHashMap<>(instance.getMin());
      this.type = instance.getType();
    }
  }

  /** A new {@link V1LimitRangeItem} holding what was set (lists and maps copied). */
  V1LimitRangeItem toModel() {
    V1LimitRangeItem o = new V1LimitRangeItem();
    o.setDefault(_default == null ? null : new LinkedHashMap<>(_default));
    o.setDefaultRequest(defaultRequest == null ? null : new LinkedHashMap<>(defaultRequest));
    o.setMax(max == null ? null : new LinkedHashMap<>(max));
    o.setMaxLimitRequestRatio(maxLimitRequestRatio == null ? null : new LinkedHashMap<>(maxLimitRequestRatio));
    o.setMin(min == null ? null : new LinkedHashMap<>(min));
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, Quantity> getDefault() {
    return _default;
  }

  public A withDefault(Map<String, Quantity> _default) {
    this._default = _default == null ? null : new LinkedHashMap<>(_default);
    return self();
  }

  public boolean hasDefault() {
    return _default != null;
  }

  public A addToDefault(String key, Quantity value) {
    if (this._default == null) {
      this._default = new LinkedHashMap<>();
    }
    this._default.put(key, value);
    return self();
  }

  public A addToDefault(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToDefault(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromDefault(String key) {
    if (this._default != null) {
      this._default.remove(key);
    }
    return self();
  }

  public A removeFromDefault(Map<String, Quantity> map) {
    if (this._default != null && map != null) {
      this._default.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, Quantity> getDefaultRequest() {
    return defaultRequest;
  }

  public A withDefaultRequest(Map<String, Quantity> defaultRequest) {
    this.defaultRequest = defaultRequest == null ? null : new LinkedHashMap<>(defaultRequest);
    return self();
  }

  public boolean hasDefaultRequest() {
    return defaultRequest != null;
  }

  public A addToDefaultRequest(String key, Quantity value) {
    if (this.defaultRequest == null) {
      this.defaultRequest = new LinkedHashMap<>();
    }
    this.defaultRequest.put(key, value);
    return self();
  }

  public A addToDefaultRequest(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToDefaultRequest(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromDefaultRequest(String key) {
    if (this.defaultRequest != null) {
      this.defaultRequest.remove(key);
    }
    return self();
  }

  public A removeFromDefaultRequest(Map<String, Quantity> map) {
    if (this.defaultRequest != null && map != null) {
      this.defaultRequest.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, Quantity> getMax() {
    return max;
  }

  public A withMax(Map<String, Quantity> max) {
    this.max = max == null ? null : new LinkedHashMap<>(max);
    return self();
  }

  public boolean hasMax() {
    return max != null;
  }

  public A addToMax(String key, Quantity value) {
    if (this.max == null) {
      this.max = new LinkedHashMap<>();
    }
    this.max.put(key, value);
    return self();
  }

  public A addToMax(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToMax(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromMax(String key) {
    if (this.max != null) {
      this.max.remove(key);
    }
    return self();
  }

  public A removeFromMax(Map<String, Quantity> map) {
    if (this.max != null && map != null) {
      this.max.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, Quantity> getMaxLimitRequestRatio() {
    return maxLimitRequestRatio;
  }

  public A withMaxLimitRequestRatio(Map<String, Quantity> maxLimitRequestRatio) {
    this.maxLimitRequestRatio = maxLimitRequestRatio == null ? null : new LinkedHashMap<>(maxLimitRequestRatio);
    return self();
  }

  public boolean hasMaxLimitRequestRatio() {
    return maxLimitRequestRatio != null;
  }

  public A addToMaxLimitRequestRatio(String key, Quantity value) {
    if (this.maxLimitRequestRatio == null) {
      this.maxLimitRequestRatio = new LinkedHashMap<>();
    }
    this.maxLimitRequestRatio.put(key, value);
    return self();
  }

  public A addToMaxLimitRequestRatio(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToMaxLimitRequestRatio(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromMaxLimitRequestRatio(String key) {
    if (this.maxLimitRequestRatio != null) {
      this.maxLimitRequestRatio.remove(key);
    }
    return self();
  }

  public A removeFromMaxLimitRequestRatio(Map<String, Quantity> map) {
    if (this.maxLimitRequestRatio != null && map != null) {
      this.maxLimitRequestRatio.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public Map<String, Quantity> getMin() {
    return min;
  }

  public A withMin(Map<String, Quantity> min) {
    this.min = min == null ? null : new LinkedHashMap<>(min);
    return self();
  }

  public boolean hasMin() {
    return min != null;
  }

  public A addToMin(String key, Quantity value) {
    if (this.min == null) {
      this.min = new LinkedHashMap<>();
    }
    this.min.put(key, value);
    return self();
  }

  public A addToMin(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToMin(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromMin(String key) {
    if (this.min != null) {
      this.min.remove(key);
    }
    return self();
  }

  public A removeFromMin(Map<String, Quantity> map) {
    if (this.min != null && map != null) {
      this.min.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public String getType() {
    return type;
  }

  public A withType(String type) {
    this.type = type;
    return self();
  }

  public boolean hasType() {
    return type != null;
  }
}
