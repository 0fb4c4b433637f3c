package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1ResourceRequirements}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ResourceRequirementsBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ResourceRequirementsFluent<A extends V1ResourceRequirementsFluent<A>> {
  private List<CoreV1ResourceClaim> claims;
  private Map<String, Quantity> limits;
  private Map<String, Quantity> requests;

  public V1ResourceRequirementsFluent() {}

  public V1ResourceRequirementsFluent(V1ResourceRequirements instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ResourceRequirements instance) {
    if (instance != null) {
      this.claims = instance.getClaims() == null ? null : new ArrayList<>(instance.getClaims());
      this.limits = instance.getLimits() == null ? null : new LinkedHashMap<>(instance.getLimits());
      this.requests = instance.getRequests() == null ? null : new LinkedHashMap<>(instance.getRequests());
    }
  }

  /** A new {@link V1ResourceRequirements} holding what was set (lists and maps copied). */
  V1ResourceRequirements toModel() {
    V1ResourceRequirements o = new V1ResourceRequirements();
    o.setClaims(claims == null ? null : new ArrayList<>(claims));
    o.setLimits(limits == null ? null : new LinkedHashMap<>(limits));
    o.setRequests(requests == null ? null : new LinkedHashMap<>(requests));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public List<CoreV1ResourceClaim> getClaims() {
    return claims;
  }

  public A withClaims(List<CoreV1ResourceClaim> claims) {
    this.claims = claims == null ? null : new ArrayList<>(claims);
    return self();
  }

  public boolean hasClaims() {
    return claims != null;
  }

  public A withClaims(CoreV1ResourceClaim... items) {
    this.claims = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToClaims(CoreV1ResourceClaim... items) {
    for (CoreV1ResourceClaim item : items) {
      addToClaims(-1, item);
    }
    return self();
  }

  public A removeFromClaims(CoreV1ResourceClaim... items) {
    return removeAllFromClaims(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToClaims(int index, CoreV1ResourceClaim item) {
    if (this.claims == null) {
      this.claims = new ArrayList<>();
    }
    if (index < 0 || index >= this.claims.size()) {
      this.claims.add(item);
    } else {
      this.claims.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToClaims(int index, CoreV1ResourceClaim item) {
    if (index < 0 || this.claims == null || index >= this.claims.size()) {
      return addToClaims(-1, item);
    }
    this.claims.set(index, item);
    return self();
  }

  public A addAllToClaims(Collection<CoreV1ResourceClaim> items) {
    for (CoreV1ResourceClaim item : items) {
      addToClaims(-1, item);
    }
    return self();
  }

  public A removeAllFromClaims(Collection<CoreV1ResourceClaim> items) {
    if (this.claims != null) {
      this.claims.removeAll(items);
    }
    return self();
  }

  public List<CoreV1ResourceClaim> buildClaims() {
    return claims;
  }

  public CoreV1ResourceClaim buildClaim(int index) {
    return this.claims.get(index);
  }

  public ClaimsNested addNewClaim() {
    return new ClaimsNested(-1, null);
  }

  public ClaimsNested addNewClaimLike(CoreV1ResourceClaim item) {
    return new ClaimsNested(-1, item);
  }

  public ClaimsNested setNewClaimLike(int index, CoreV1ResourceClaim item) {
    return new ClaimsNested(index, item);
  }

  public ClaimsNested editClaim(int index) {
    if (this.claims == null || index < 0 || index >= this.claims.size()) {
      throw new IndexOutOfBoundsException("can't edit claims [" + index + "]");
    }
    return new ClaimsNested(index, this.claims.get(index));
  }

  public ClaimsNested editFirstClaim() {
    return editClaim(0);
  }

  public ClaimsNested editLastClaim() {
    return editClaim(this.claims == null ? -1 : this.claims.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ClaimsNested extends CoreV1ResourceClaimFluent<ClaimsNested> {
    private final int index;

    ClaimsNested(int index, CoreV1ResourceClaim item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ResourceRequirementsFluent.this.setToClaims(index, toModel());
    }

    public A endClaim() {
      return and();
    }
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
