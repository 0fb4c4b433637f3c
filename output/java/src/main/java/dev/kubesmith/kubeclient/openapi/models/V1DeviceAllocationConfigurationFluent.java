package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1DeviceAllocationConfiguration}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1DeviceAllocationConfigurationBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1DeviceAllocationConfigurationFluent<A extends V1DeviceAllocationConfigurationFluent<A>> {
  private V1OpaqueDeviceConfiguration opaque;
  private List<String> requests;
  private String source;

  public V1DeviceAllocationConfigurationFluent() {}

  public V1DeviceAllocationConfigurationFluent(V1DeviceAllocationConfiguration instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1DeviceAllocationConfiguration instance) {
    if (instance != null) {
      this.opaque = instance.getOpaque();
      this.requests = instance.getRequests() == null ? null : new ArrayList<>(instance.getRequests());
      this.source = instance.getSource();
    }
  }

  /** A new {@link V1DeviceAllocationConfiguration} holding what was set (lists and maps copied). */
  V1DeviceAllocationConfiguration toModel() {
    V1DeviceAllocationConfiguration o = new V1DeviceAllocationConfiguration();
    o.setOpaque(opaque);
    o.setRequests(requests == null ? null : new ArrayList<>(requests));
    o.setSource(source);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public V1OpaqueDeviceConfiguration getOpaque() {
    return opaque;
  }

  public A withOpaque(V1OpaqueDeviceConfiguration opaque) {
    this.opaque = opaque;
    return self();
  }

  public boolean hasOpaque() {
    return opaque != null;
  }

  public V1OpaqueDeviceConfiguration buildOpaque() {
    return opaque;
  }

  public OpaqueNested withNewOpaque() {
    return new OpaqueNested(null);
  }

  public OpaqueNested withNewOpaqueLike(V1OpaqueDeviceConfiguration item) {
    return new OpaqueNested(item);
  }

  public OpaqueNested editOpaque() {
    return new OpaqueNested(opaque);
  }

  public OpaqueNested editOrNewOpaque() {
    return new OpaqueNested(opaque != null ? opaque : new V1OpaqueDeviceConfiguration());
  }

  public OpaqueNested editOrNewOpaqueLike(V1OpaqueDeviceConfiguration item) {
    return new OpaqueNested(opaque != null ? opaque : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class OpaqueNested extends V1OpaqueDeviceConfigurationFluent<OpaqueNested> {
    OpaqueNested(V1OpaqueDeviceConfiguration item) {
      super(item);
    }

    public A and() {
      return V1DeviceAllocationConfigurationFluent.this.withOpaque(toModel());
    }

    public A endOpaque() {
      return and();
    }
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

  public String getSource() {
    return source;
  }

  public A withSource(String source) {
    this.source = source;
    return self();
  }

  public boolean hasSource() {
    return source != null;
  }
}
