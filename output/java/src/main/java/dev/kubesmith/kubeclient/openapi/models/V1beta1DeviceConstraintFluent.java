package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1beta1DeviceConstraint}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1beta1DeviceConstraintBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1beta1DeviceConstraintFluent<A extends V1beta1DeviceConstraintFluent<A>> {
  private String distinctAttribute;
  private String matchAttribute;
  private List<String> requests;

  public V1beta1DeviceConstraintFluent() {}

  public V1beta1DeviceConstraintFluent(V1beta1DeviceConstraint instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1beta1DeviceConstraint instance) {
    if (instance != null) {
      this.distinctAttribute = instance.getDistinctAttribute();
      this.matchAttribute = instance.getMatchAttribute();
      this.requests = instance.getRequests() == null ? null : new ArrayList<>(instance.getRequests());
    }
  }

  /** A new {@link V1beta1DeviceConstraint} holding what was set (lists and maps copied). */
  V1beta1DeviceConstraint toModel() {
    V1beta1DeviceConstraint o = new V1beta1DeviceConstraint();
    o.setDistinctAttribute(distinctAttribute);
    o.setMatchAttribute(matchAttribute);
    o.setRequests(requests == null ? null : new ArrayList<>(requests));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getDistinctAttribute() {
    return distinctAttribute;
  }

  public A withDistinctAttribute(String distinctAttribute) {
    this.distinctAttribute = distinctAttribute;
    return self();
  }

  public boolean hasDistinctAttribute() {
    return distinctAttribute != null;
  }

  public String getMatchAttribute() {
    return matchAttribute;
  }

  public A withMatchAttribute(String matchAttribute) {
    this.matchAttribute = matchAttribute;
    return self();
  }

  public boolean hasMatchAttribute() {
    return matchAttribute != null;
  }

  public List<String> getRequests() {
    return requests;
  }

  public A withRequests(List<String> requests) {
    this.requests = requests == null ? null : new ArrayList<>(requests);
    return self();
  }

  public boolean hasRequests() {
    return requests != null;
  }

  public A withRequests(String... items) {
    this.requests = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToRequests(String... items) {
    for (String item : items) {
      addToRequests(-1, item);
    }
    return self();
  }

  public A removeFromRequests(String... items) {
    return removeAllFromRequests(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToRequests(int index, String item) {
    if (this.requests == null) {
      this.requests = new ArrayList<>();
    }
    if (index < 0 || index >= this.requests.size()) {
      this.requests.add(item);
    } else {
      this.requests.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToRequests(int index, String item) {
    if (index < 0 || this.requests == null || index >= this.requests.size()) {
      return addToRequests(-1, item);
    }
    this.requests.set(index, item);
    return self();
  }

  public A addAllToRequests(Collection<String> items) {
    for (String item : items) {
      addToRequests(-1, item);
    }
    return self();
  }

  public A removeAllFromRequests(Collection<String> items) {
    if (this.requests != null) {
      this.requests.removeAll(items);
    }
    return self();
  }
}
