package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fluent setters of {@link V1EndpointSlice}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1EndpointSliceBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1EndpointSliceFluent<A extends V1EndpointSliceFluent<A>> {
  private String addressType;
  private String apiVersion;
  private List<V1Endpoint> endpoints;
  private String kind;
  private V1ObjectMeta metadata;
  private List<DiscoveryV1EndpointPort> ports;

  public V1EndpointSliceFluent() {}

  public V1EndpointSliceFluent(V1EndpointSlice instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1EndpointSlice instance) {
    if (instance != null) {
      this.addressType = instance.getAddressType();
      this.apiVersion = instance.getApiVersion();
      this.endpoints = instance.getEndpoints() == null ? null : new ArrayList<>(instance.getEndpoints());
      this.kind = instance.getKind();
      this.metadata = instance.getMetadata();
      this.ports = instance.getPorts() == null ? null : new ArrayList<>(instance.getPorts());
    }
  }

  /** A new {@link V1EndpointSlice} holding what was set (lists and maps copied). */
  V1EndpointSlice toModel() {
    V1EndpointSlice o = new V1EndpointSlice();
    o.setAddressType(addressType);
    o.setApiVersion(apiVersion);
    o.setEndpoints(endpoints == null ? null : new ArrayList<>(endpoints));
    o.setKind(kind);
    o.setMetadata(metadata);
    o.setPorts(ports == null ? null : new ArrayList<>(ports));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public String getAddressType() {
    return addressType;
  }

  public A withAddressType(String addressType) {
    this.addressType = addressType;
    return self();
  }

  public boolean hasAddressType() {
    return addressType != null;
  }

  public String getApiVersion() {
    return apiVersion;
  }

  public A withApiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return self();
  }

  public boolean hasApiVersion() {
    return apiVersion != null;
  }

  public List<V1Endpoint> getEndpoints() {
    return endpoints;
  }

  public A withEndpoints(List<V1Endpoint> endpoints) {
    this.endpoints = endpoints == null ? null : new ArrayList<>(endpoints);
    return self();
  }

  public boolean hasEndpoints() {
    return endpoints != null;
  }

  public A withEndpoints(V1Endpoint... items) {
    this.endpoints = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToEndpoints(V1Endpoint... items) {
    for (V1Endpoint item : items) {
      addToEndpoints(-1, item);
    }
    return self();
  }

  public A removeFromEndpoints(V1Endpoint... items) {
    return removeAllFromEndpoints(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToEndpoints(int index, V1Endpoint item) {
    if (this.endpoints == null) {
      this.endpoints = new ArrayList<>();
    }
    if (index < 0 || index >= this.endpoints.size()) {
      this.endpoints.add(item);
    } else {
      this.endpoints.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToEndpoints(int index, V1Endpoint item) {
    if (index < 0 || this.endpoints == null || index >= this.endpoints.size()) {
      return addToEndpoints(-1, item);
    }
    this.endpoints.set(index, item);
    return self();
  }

  public A addAllToEndpoints(Collection<V1Endpoint> items) {
    for (V1Endpoint item : items) {
      addToEndpoints(-1, item);
    }
    return self();
  }

  public A removeAllFromEndpoints(Collection<V1Endpoint> items) {
    if (this.endpoints != null) {
      this.endpoints.removeAll(items);
    }
    return self();
  }

  public List<V1Endpoint> buildEndpoints() {
    return endpoints;
  }

  public V1Endpoint buildEndpoint(int index) {
    return this.endpoints.get(index);
  }

  public EndpointsNested addNewEndpoint() {
    return new EndpointsNested(-1, null);
  }

  public EndpointsNested addNewEndpointLike(V1Endpoint item) {
    return new EndpointsNested(-1, item);
  }

  public EndpointsNested setNewEndpointLike(int index, V1Endpoint item) {
    return new EndpointsNested(index, item);
  }

  public EndpointsNested editEndpoint(int index) {
    if (this.endpoints == null || index < 0 || index >= this.endpoints.size()) {
      throw new IndexOutOfBoundsException("can't edit endpoints [" + index + "]");
    }
    return new EndpointsNested(index, this.endpoints.get(index));
  }

  public EndpointsNested editFirstEndpoint() {
    return editEndpoint(0);
  }

  public EndpointsNested editLastEndpoint() {
    return editEndpoint(this.endpoints == null ? -1 : this.endpoints.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class EndpointsNested extends V1EndpointFluent<EndpointsNested> {
    private final int index;

    EndpointsNested(int index, V1Endpoint item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EndpointSliceFluent.this.setToEndpoints(index, toModel());
    }

    public A endEndpoint() {
      return and();
    }
  }

  public String getKind() {
    return kind;
  }

  public A withKind(String kind) {
    this.kind = kind;
    return self();
  }

  public boolean hasKind() {
    return kind != null;
  }

  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public A withMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return self();
  }

  public boolean hasMetadata() {
    return metadata != null;
  }

  public V1ObjectMeta buildMetadata() {
    return metadata;
  }

  public MetadataNested withNewMetadata() {
    return new MetadataNested(null);
  }

  public MetadataNested withNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(item);
  }

  public MetadataNested editMetadata() {
    return new MetadataNested(metadata);
  }

  public MetadataNested editOrNewMetadata() {
    return new MetadataNested(metadata != null ? metadata : new V1ObjectMeta());
  }

  public MetadataNested editOrNewMetadataLike(V1ObjectMeta item) {
    return new MetadataNested(metadata != null ? metadata : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class MetadataNested extends V1ObjectMetaFluent<MetadataNested> {
    MetadataNested(V1ObjectMeta item) {
      super(item);
    }

    public A and() {
      return V1EndpointSliceFluent.this.withMetadata(toModel());
    }

    public A endMetadata() {
      return and();
    }
  }

  public List<DiscoveryV1EndpointPort> getPorts() {
    return ports;
  }

  public A withPorts(List<DiscoveryV1EndpointPort> ports) {
    this.ports = ports == null ? null : new ArrayList<>(ports);
    return self();
  }

  public boolean hasPorts() {
    return ports != null;
  }

  public A withPorts(DiscoveryV1EndpointPort... items) {
    this.ports = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPorts(DiscoveryV1EndpointPort... items) {
    for (DiscoveryV1EndpointPort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeFromPorts(DiscoveryV1EndpointPort... items) {
    return removeAllFromPorts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPorts(int index, DiscoveryV1EndpointPort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    if (index < 0 || index >= this.ports.size()) {
      this.ports.add(item);
    } else {
      this.ports.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToPorts(int index, DiscoveryV1EndpointPort item) {
    if (index < 0 || this.ports == null || index >= this.ports.size()) {
      return addToPorts(-1, item);
    }
    this.ports.set(index, item);
    return self();
  }

  public A addAllToPorts(Collection<DiscoveryV1EndpointPort> items) {
    for (DiscoveryV1EndpointPort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeAllFromPorts(Collection<DiscoveryV1EndpointPort> items) {
    if (this.ports != null) {
      this.ports.removeAll(items);
    }
    return self();
  }

  public List<DiscoveryV1EndpointPort> buildPorts() {
    return ports;
  }

  public DiscoveryV1EndpointPort buildPort(int index) {
    return this.ports.get(index);
  }

  public PortsNested addNewPort() {
    return new PortsNested(-1, null);
  }

  public PortsNested addNewPortLike(DiscoveryV1EndpointPort item) {
    return new PortsNested(-1, item);
  }

  public PortsNested setNewPortLike(int index, DiscoveryV1EndpointPort item) {
    return new PortsNested(index, item);
  }

  public PortsNested editPort(int index) {
    if (this.ports == null || index < 0 || index >= this.ports.size()) {
      throw new IndexOutOfBoundsException("can't edit ports [" + index + "]");
    }
    return new PortsNested(index, this.ports.get(index));
  }

  public PortsNested editFirstPort() {
    return editPort(0);
  }

  public PortsNested editLastPort() {
    return editPort(this.ports == null ? -1 : this.ports.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class PortsNested extends DiscoveryV1EndpointPortFluent<PortsNested> {
    private final int index;

    PortsNested(int index, DiscoveryV1EndpointPort item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1EndpointSliceFluent.this.setToPorts(index, toModel());
    }

    public A endPort() {
      return and();
    }
  }
}
