package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1ResourceQuotaSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourceQuotaSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourceQuotaSpecFluent<A extends V1ResourceQuotaSpecFluent<A>> {
  private Map<String, Quantity> hard;
  private V1ScopeSelector scopeSelector;
  private List<String> scopes;

  public V1ResourceQuotaSpecFluent() {}

  public V1ResourceQuotaSpecFluent(V1ResourceQuotaSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourceQuotaSpec instance) {
    if (instance != null) {
      this.hard = instance.getHard() == null ? null : new LinkedHashMap<>(instance.getHard());
      this.scopeSelector = instance.getScopeSelector();
      this.scopes = instance.getScopes() == null ? null : new ArrayList<>(instance.getScopes());
    }
  }

  /** A new {@link V1ResourceQuotaSpec} holding what was set (lists and maps copied). */
  V1ResourceQuotaSpec toModel() {
    V1ResourceQuotaSpec o = new V1ResourceQuotaSpec();
    o.setHard(hard == null ? null : new LinkedHashMap<>(hard));
    o.setScopeSelector(scopeSelector);
    o.setScopes(scopes == null ? null : new ArrayList<>(scopes));
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

  public V1ScopeSelector getScopeSelector() {
    return scopeSelector;
  }

  public A withScopeSelector(V1ScopeSelector scopeSelector) {
    this.scopeSelector = scopeSelector;
    return self();
  }

  public boolean hasScopeSelector() {
    return scopeSelector != null;
  }

  public V1ScopeSelector buildScopeSelector() {
    return scopeSelector;
  }

  public ScopeSelectorNested withNewScopeSelector() {
    return new ScopeSelectorNested(null);
  }

  public ScopeSelectorNested withNewScopeSelectorLike(V1ScopeSelector item) {
    return new ScopeSelectorNested(item);
  }

  public ScopeSelectorNested editScopeSelector() {
    return new ScopeSelectorNested(scopeSelector);
  }

  public ScopeSelectorNested editOrNewScopeSelector() {
    return new ScopeSelectorNested(scopeSelector != null ? scopeSelector : new V1ScopeSelector());
  }

  public ScopeSelectorNested editOrNewScopeSelectorLike(V1ScopeSelector item) {
    return new ScopeSelectorNested(scopeSelector != null ? scopeSelector : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ScopeSelectorNested extends V1ScopeSelectorFluent<ScopeSelectorNested> {
    ScopeSelectorNested(V1ScopeSelector item) {
      super(item);
    }

    public A and() {
      return V1ResourceQuotaSpecFluent.this.withScopeSelector(toModel());
    }

    public A endScopeSelector() {
      return and();
    }
  }

  public List<String> getScopes() {
    return scopes;
  }

  public A withScopes(List<String> scopes) {
    this.scopes = scopes == null ? null : new ArrayList<>(scopes);
    return self();
  }

  public boolean hasScopes() {
    return scopes != null;
  }

  public A withScopes(String... items) {
    this.scopes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToScopes(String... items) {
    for (String item : items) {
      addToScopes(-1, item);
    }
    return self();
  }

  public A removeFromScopes(String... items) {
    return removeAllFromScopes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToScopes(int index, String item) {
    if (this.scopes == null) {
      this.scopes = new ArrayList<>();
    }
    if (index < 0 || index >= this.scopes.size()) {
      this.scopes.add(item);
    } else {
      this.scopes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToScopes(int index, String item) {
    if (index < 0 || this.scopes == null || index >= this.scopes.size()) {
      return addToScopes(-1, item);
    }
    this.scopes.set(index, item);
    return self();
  }

  public A addAllToScopes(Collection<String> items) {
    for (String item : items) {
      addToScopes(-1, item);
    }
    return self();
  }

  public A removeAllFromScopes(Collection<String> items) {
    if (this.scopes != null) {
      this.scopes.removeAll(items);
    }
    return self();
  }
}
