package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1TokenRequestSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1TokenRequestSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1TokenRequestSpecFluent<A extends V1TokenRequestSpecFluent<A>> {
  private Map<String, List<String>> attestations;
  private List<String> audiences;
  private V1BoundObjectReference boundObjectRef;
  private Long expirationSeconds;

  public V1TokenRequestSpecFluent() {}

  public V1TokenRequestSpecFluent(V1TokenRequestSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1TokenRequestSpec instance) {
    if (instance != null) {
      this.attestations = instance.getAttestations() == null ? null : new LinkedHashMap<>(instance.getAttestations());
      this.audiences = instance.getAudiences() == null ? null : new ArrayList<>(instance.getAudiences());
      this.boundObjectRef = instance.getBoundObjectRef();
      this.expirationSeconds = instance.getExpirationSeconds();
    }
  }

  /** A new {@link V1TokenRequestSpec} holding what was set (lists and maps copied). */
  V1TokenRequestSpec toModel() {
    V1TokenRequestSpec o = new V1TokenRequestSpec();
    o.setAttestations(attestations == null ? null : new LinkedHashMap<>(attestations));
    o.setAudiences(audiences == null ? null : new ArrayList<>(audiences));
    o.setBoundObjectRef(boundObjectRef);
    o.setExpirationSeconds(expirationSeconds);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Map<String, List<String>> getAttestations() {
    return attestations;
  }

  public A withAttestations(Map<String, List<String>> attestations) {
    this.attestations = attestations == null ? null : new LinkedHashMap<>(attestations);
    return self();
  }

  public boolean hasAttestations() {
    return attestations != null;
  }

  public A addToAttestations(String key, List<String> value) {
    if (this.attestations == null) {
      this.attestations = new LinkedHashMap<>();
    }
    this.attestations.put(key, value);
    return self();
  }

  public A addToAttestations(Map<String, List<String>> map) {
    if (map != null) {
      for (Map.Entry<String, List<String>> entry : map.entrySet()) {
        addToAttestations(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromAttestations(String key) {
    if (this.attestations != null) {
      this.attestations.remove(key);
    }
    return self();
  }

  public A removeFromAttestations(Map<String, List<String>> map) {
    if (this.attestations != null && map != null) {
      this.attestations.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public List<String> getAudiences() {
    return audiences;
  }

  public A withAudiences(List<String> audiences) {
    this.audiences = audiences == null ? null : new ArrayList<>(audiences);
    return self();
  }

  public boolean hasAudiences() {
    return audiences != null;
  }

  public A withAudiences(String... items) {
    this.audiences = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToAudiences(String... items) {
    for (String item : items) {
      addToAudiences(-1, item);
    }
    return self();
  }

  public A removeFromAudiences(String... items) {
    return removeAllFromAudiences(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToAudiences(int index, String item) {
    if (this.audiences == null) {
      this.audiences = new ArrayList<>();
    }
    if (index < 0 || index >= this.audiences.size()) {
      this.audiences.add(item);
    } else {
      this.audiences.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToAudiences(int index, String item) {
    if (index < 0 || this.audiences == null || index >= this.audiences.size()) {
      return addToAudiences(-1, item);
    }
    this.audiences.set(index, item);
    return self();
  }

  public A addAllToAudiences(Collection<String> items) {
    for (String item : items) {
      addToAudiences(-1, item);
    }
    return self();
  }

  public A removeAllFromAudiences(Collection<String> items) {
    if (this.audiences != null) {
      this.audiences.removeAll(items);
    }
    return self();
  }

  public V1BoundObjectReference getBoundObjectRef() {
    return boundObjectRef;
  }

  public A withBoundObjectRef(V1BoundObjectReference boundObjectRef) {
    this.boundObjectRef = boundObjectRef;
    return self();
  }

  public boolean hasBoundObjectRef() {
    return boundObjectRef != null;
  }

  public V1BoundObjectReference buildBoundObjectRef() {
    return boundObjectRef;
  }

  public BoundObjectRefNested withNewBoundObjectRef() {
    return new BoundObjectRefNested(null);
  }

  public BoundObjectRefNested withNewBoundObjectRefLike(V1BoundObjectReference item) {
    return new BoundObjectRefNested(item);
  }

  public BoundObjectRefNested editBoundObjectRef() {
    return new BoundObjectRefNested(boundObjectRef);
  }

  public BoundObjectRefNested editOrNewBoundObjectRef() {
    return new BoundObjectRefNested(boundObjectRef != null ? boundObjectRef : new V1BoundObjectReference());
  }

  public BoundObjectRefNested editOrNewBoundObjectRefLike(V1BoundObjectReference item) {
    return new BoundObjectRefNested(boundObjectRef != null ? boundObjectRef : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class BoundObjectRefNested extends V1BoundObjectReferenceFluent<BoundObjectRefNested> {
    BoundObjectRefNested(V1BoundObjectReference item) {
      super(item);
    }

    public A and() {
      return V1TokenRequestSpecFluent.this.withBoundObjectRef(toModel());
    }

    public A endBoundObjectRef() {
      return and();
    }
  }

  public Long getExpirationSeconds() {
    return expirationSeconds;
  }

  public A withExpirationSeconds(Long expirationSeconds) {
    this.expirationSeconds = expirationSeconds;
    return self();
  }

  public boolean hasExpirationSeconds() {
    return expirationSeconds != null;
  }
}
