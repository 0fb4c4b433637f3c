package dev.kubesmith.kubeclient.openapi.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1ServiceSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1ServiceSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1ServiceSpecFluent<A extends V1ServiceSpecFluent<A>> {
  private Boolean allocateLoadBalancerNodePorts;
  private String clusterIP;
  private List<String> clusterIPs;
  private List<String> externalIPs;
  private String externalName;
  private String externalTrafficPolicy;
  private Integer healthCheckNodePort;
  private String internalTrafficPolicy;
  private List<String> ipFamilies;
  private String ipFamilyPolicy;
  private String loadBalancerClass;
  private String loadBalancerIP;
  private List<String> loadBalancerSourceRanges;
  private List<V1ServicePort> ports;
  private Boolean publishNotReadyAddresses;
  private Map<String, String> selector;
  private String sessionAffinity;
  private V1SessionAffinityConfig sessionAffinityConfig;
  private String trafficDistribution;
  private String type;

  public V1ServiceSpecFluent() {}

  public V1ServiceSpecFluent(V1ServiceSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1ServiceSpec instance) {
    if (instance != null) {
      this.allocateLoadBalancerNodePorts = instance.getAllocateLoadBalancerNodePorts();
      this.clusterIP = instance.getClusterIP();
      this.clusterIPs = instance.getClusterIPs() == null ? null : new ArrayList<>(instance.getClusterIPs());
      this.externalIPs = instance.getExternalIPs() == null ? null : new ArrayList<>(instance.getExternalIPs());
      this.externalName = instance.getExternalName();
      this.externalTrafficPolicy = instance.getExternalTrafficPolicy();
      this.healthCheckNodePort = instance.getHealthCheckNodePort();
      this.internalTrafficPolicy = instance.getInternalTrafficPolicy();
      this.ipFamilies = instance.getIpFamilies() == null ? null : new ArrayList<>(instance.getIpFamilies());
      this.ipFamilyPolicy = instance.getIpFamilyPolicy();
      this.loadBalancerClass = instance.getLoadBalancerClass();
      this.loadBalancerIP = instance.getLoadBalancerIP();
      this.loadBalancerSourceRanges = instance.getLoadBalancerSourceRanges() == null ? null : new ArrayList<>(instance.getLoadBalancerSourceRanges());
      this.ports = instance.getPorts() == null ? null : new ArrayList<>(instance.getPorts());
      this.publishNotReadyAddresses = instance.getPublishNotReadyAddresses();
      this.selector = instance.getSelector() == null ? null : new LinkedHashMap<>(instance.getSelector());
      this.sessionAffinity = instance.getSessionAffinity();
      this.sessionAffinityConfig = instance.getSessionAffinityConfig();
      this.trafficDistribution = instance.getTrafficDistribution();
      this.type = instance.getType();
    }
  }

  /** A new {@link V1ServiceSpec} holding what was set (lists and maps copied). */
  V1ServiceSpec toModel() {
    V1ServiceSpec o = new V1ServiceSpec();
    o.setAllocateLoadBalancerNodePorts(allocateLoadBalancerNodePorts);
    o.setClusterIP(clusterIP);
    o.setClusterIPs(clusterIPs == null ? null : new ArrayList<>(clusterIPs));
    o.setExternalIPs(externalIPs == null ? null : new ArrayList<>(externalIPs));
    o.setExternalName(externalName);
    o.setExternalTrafficPolicy(externalTrafficPolicy);
    o.setHealthCheckNodePort(healthCheckNodePort);
    o.setInternalTrafficPolicy(internalTrafficPolicy);
    o.setIpFamilies(ipFamilies == null ? null : new ArrayList<>(ipFamilies));
    o.setIpFamilyPolicy(ipFamilyPolicy);
    o.setLoadBalancerClass(loadBalancerClass);
    o.setLoadBalancerIP(loadBalancerIP);
    o.setLoadBalancerSourceRanges(loadBalancerSourceRanges == null ? null : new ArrayList<>(loadBalancerSourceRanges));
    o.setPorts(ports == null ? null : new ArrayList<>(ports));
    o.setPublishNotReadyAddresses(publishNotReadyAddresses);
    o.setSelector(selector == null ? null : new LinkedHashMap<>(selector));
    o.setSessionAffinity(sessionAffinity);
    o.setSessionAffinityConfig(sessionAffinityConfig);
    o.setTrafficDistribution(trafficDistribution);
    o.setType(type);
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Boolean getAllocateLoadBalancerNodePorts() {
    return allocateLoadBalancerNodePorts;
  }

  public A withAllocateLoadBalancerNodePorts(Boolean allocateLoadBalancerNodePorts) {
    this.allocateLoadBalancerNodePorts = allocateLoadBalancerNodePorts;
    return self();
  }

  public boolean hasAllocateLoadBalancerNodePorts() {
    return allocateLoadBalancerNodePorts != null;
  }

  public String getClusterIP() {
    return clusterIP;
  }

  public A withClusterIP(String clusterIP) {
    this.clusterIP = clusterIP;
    return self();
  }

  public boolean hasClusterIP() {
    return clusterIP != null;
  }

  public List<String> getClusterIPs() {
    return clusterIPs;
  }

  public A withClusterIPs(List<String> clusterIPs) {
    this.clusterIPs = clusterIPs == null ? null : new ArrayList<>(clusterIPs);
    return self();
  }

  public boolean hasClusterIPs() {
    return clusterIPs != null;
  }

  public A withClusterIPs(String... items) {
    this.clusterIPs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToClusterIPs(String... items) {
    for (String item : items) {
      addToClusterIPs(-1, item);
    }
    return self();
  }

  public A removeFromClusterIPs(String... items) {
    return removeAllFromClusterIPs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToClusterIPs(int index, String item) {
    if (this.clusterIPs == null) {
      this.clusterIPs = new ArrayList<>();
    }
    if (index < 0 || index >= this.clusterIPs.size()) {
      this.clusterIPs.add(item);
    } else {
      this.clusterIPs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToClusterIPs(int index, String item) {
    if (index < 0 || this.clusterIPs == null || index >= this.clusterIPs.size()) {
      return addToClusterIPs(-1, item);
    }
    this.clusterIPs.set(index, item);
    return self();
  }

  public A addAllToClusterIPs(Collection<String> items) {
    for (String item : items) {
      addToClusterIPs(-1, item);
    }
    return self();
  }

  public A removeAllFromClusterIPs(Collection<String> items) {
    if (this.clusterIPs != null) {
      this.clusterIPs.removeAll(items);
    }
    return self();
  }

  public List<String> getExternalIPs() {
    return externalIPs;
  }

  public A withExternalIPs(List<String> externalIPs) {
    this.externalIPs = externalIPs == null ? null : new ArrayList<>(externalIPs);
    return self();
  }

  public boolean hasExternalIPs() {
    return externalIPs != null;
  }

  public A withExternalIPs(String... items) {
    this.externalIPs = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToExternalIPs(String... items) {
    for (String item : items) {
      addToExternalIPs(-1, item);
    }
    return self();
  }

  public A removeFromExternalIPs(String... items) {
    return removeAllFromExternalIPs(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToExternalIPs(int index, String item) {
    if (this.externalIPs == null) {
      this.externalIPs = new ArrayList<>();
    }
    if (index < 0 || index >= this.externalIPs.size()) {
      this.externalIPs.add(item);
    } else {
      this.externalIPs.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToExternalIPs(int index, String item) {
    if (index < 0 || this.externalIPs == null || index >= this.externalIPs.size()) {
      return addToExternalIPs(-1, item);
    }
    this.externalIPs.set(index, item);
    return self();
  }

  public A addAllToExternalIPs(Collection<String> items) {
    for (String item : items) {
      addToExternalIPs(-1, item);
    }
    return self();
  }

  public A removeAllFromExternalIPs(Collection<String> items) {
    if (this.externalIPs != null) {
      this.externalIPs.removeAll(items);
    }
    return self();
  }

  public String getExternalName() {
    return externalName;
  }

  public A withExternalName(String externalName) {
    this.externalName = externalName;
    return self();
  }

  public boolean hasExternalName() {
    return externalName != null;
  }

  public String getExternalTrafficPolicy() {
    return externalTrafficPolicy;
  }

  public A withExternalTrafficPolicy(String externalTrafficPolicy) {
    this.externalTrafficPolicy = externalTrafficPolicy;
    return self();
  }

  public boolean hasExternalTrafficPolicy() {
    return externalTrafficPolicy != null;
  }

  public Integer getHealthCheckNodePort() {
    return healthCheckNodePort;
  }

  public A withHealthCheckNodePort(Integer healthCheckNodePort) {
    this.healthCheckNodePort = healthCheckNodePort;
    return self();
  }

  public boolean hasHealthCheckNodePort() {
    return healthCheckNodePort != null;
  }

  public String getInternalTrafficPolicy() {
    return internalTrafficPolicy;
  }

  public A withInternalTrafficPolicy(String internalTrafficPolicy) {
    this.internalTrafficPolicy = internalTrafficPolicy;
    return self();
  }

  public boolean hasInternalTrafficPolicy() {
    return internalTrafficPolicy != null;
  }

  public List<String> getIpFamilies() {
    return ipFamilies;
  }

  public A withIpFamilies(List<String> ipFamilies) {
    this.ipFamilies = ipFamilies == null ? null : new ArrayList<>(ipFamilies);
    return self();
  }

  public boolean hasIpFamilies() {
    return ipFamilies != null;
  }

  public A withIpFamilies(String... items) {
    this.ipFamilies = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToIpFamilies(String... items) {
    for (String item : items) {
      addToIpFamilies(-1, item);
    }
    return self();
  }

  public A removeFromIpFamilies(String... items) {
    return removeAllFromIpFamilies(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToIpFamilies(int index, String item) {
    if (this.ipFamilies == null) {
      this.ipFamilies = new ArrayList<>();
    }
    if (index < 0 || index >= this.ipFamilies.size()) {
      this.ipFamilies.add(item);
    } else {
      this.ipFamilies.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToIpFamilies(int index, String item) {
    if (index < 0 || this.ipFamilies == null || index >= this.ipFamilies.size()) {
      return addToIpFamilies(-1, item);
    }
    this.ipFamilies.set(index, item);
    return self();
  }

  public A addAllToIpFamilies(Collection<String> items) {
    for (String item : items) {
      addToIpFamilies(-1, item);
    }
    return self();
  }

  public A removeAllFromIpFamilies(Collection<String> items) {
    if (this.ipFamilies != null) {
      this.ipFamilies.removeAll(items);
    }
    return self();
  }

  public String getIpFamilyPolicy() {
    return ipFamilyPolicy;
  }

  public A withIpFamilyPolicy(String ipFamilyPolicy) {
    this.ipFamilyPolicy = ipFamilyPolicy;
    return self();
  }

  public boolean hasIpFamilyPolicy() {
    return ipFamilyPolicy != null;
  }

  public String getLoadBalancerClass() {
    return loadBalancerClass;
  }

  public A withLoadBalancerClass(String loadBalancerClass) {
    this.loadBalancerClass = loadBalancerClass;
    return self();
  }

  public boolean hasLoadBalancerClass() {
    return loadBalancerClass != null;
  }

  public String getLoadBalancerIP() {
    return loadBalancerIP;
  }

  public A withLoadBalancerIP(String loadBalancerIP) {
    this.loadBalancerIP = loadBalancerIP;
    return self();
  }

  public boolean hasLoadBalancerIP() {
    return loadBalancerIP != null;
  }

  public List<String> getLoadBalancerSourceRanges() {
    return loadBalancerSourceRanges;
  }

  public A withLoadBalancerSourceRanges(List<String> loadBalancerSourceRanges) {
    this.loadBalancerSourceRanges = loadBalancerSourceRanges == null ? null : new ArrayList<>(loadBalancerSourceRanges);
    return self();
  }

  public boolean hasLoadBalancerSourceRanges() {
    return loadBalancerSourceRanges != null;
  }

  public A withLoadBalancerSourceRanges(String... items) {
    this.loadBalancerSourceRanges = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToLoadBalancerSourceRanges(String... items) {
    for (String item : items) {
      addToLoadBalancerSourceRanges(-1, item);
    }
    return self();
  }

  public A removeFromLoadBalancerSourceRanges(String... items) {
    return removeAllFromLoadBalancerSourceRanges(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToLoadBalancerSourceRanges(int index, String item) {
    if (this.loadBalancerSourceRanges == null) {
      this.loadBalancerSourceRanges = new ArrayList<>();
    }
    if (index < 0 || index >= this.loadBalancerSourceRanges.size()) {
      this.loadBalancerSourceRanges.add(item);
    } else {
      this.loadBalancerSourceRanges.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToLoadBalancerSourceRanges(int index, String item) {
    if (index < 0 || this.loadBalancerSourceRanges == null || index >= this.loadBalancerSourceRanges.size()) {
      return addToLoadBalancerSourceRanges(-1, item);
    }
    this.loadBalancerSourceRanges.set(index, item);
    return self();
  }

  public A addAllToLoadBalancerSourceRanges(Collection<String> items) {
    for (String item : items) {
      addToLoadBalancerSourceRanges(-1, item);
    }
    return self();
  }

  public A removeAllFromLoadBalancerSourceRanges(Collection<String> items) {
    if (this.loadBalancerSourceRanges != null) {
      this.loadBalancerSourceRanges.removeAll(items);
    }
    return self();
  }

  public List<V1ServicePort> getPorts() {
    return ports;
  }

  public A withPorts(List<V1ServicePort> ports) {
    this.ports = ports == null ? null : new ArrayList<>(ports);
    return self();
  }

  public boolean hasPorts() {
    return ports != null;
  }

  public A withPorts(V1ServicePort... items) {
    this.ports = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToPorts(V1ServicePort... items) {
    for (V1ServicePort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeFromPorts(V1ServicePort... items) {
    return removeAllFromPorts(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToPorts(int index, V1ServicePort item) {
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
  public A setToPorts(int index, V1ServicePort item) {
    if (index < 0 || this.ports == null || index >= this.ports.size()) {
      return addToPorts(-1, item);
    }
    this.ports.set(index, item);
    return self();
  }

  public A addAllToPorts(Collection<V1ServicePort> items) {
    for (V1ServicePort item : items) {
      addToPorts(-1, item);
    }
    return self();
  }

  public A removeAllFromPorts(Collection<V1ServicePort> items) {
    if (this.ports != null) {
      this.ports.removeAll(items);
    }
    return self();
  }

  public List<V1ServicePort> buildPorts() {
    return ports;
  }

  public V1ServicePort buildPort(int index) {
    return this.ports.get(index);
  }

  public PortsNested addNewPort() {
    return new PortsNested(-1, null);
  }

  public PortsNested addNewPortLike(V1ServicePort item) {
    return new PortsNested(-1, item);
  }

  public PortsNested setNewPortLike(int index, V1ServicePort item) {
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
  public class PortsNested extends V1ServicePortFluent<PortsNested> {
    private final int index;

    PortsNested(int index, V1ServicePort item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1ServiceSpecFluent.this.setToPorts(index, toModel());
    }

    public A endPort() {
      return and();
    }
  }

  public Boolean getPublishNotReadyAddresses() {
    return publishNotReadyAddresses;
  }

  public A withPublishNotReadyAddresses(Boolean publishNotReadyAddresses) {
    this.publishNotReadyAddresses = publishNotReadyAddresses;
    return self();
  }

  public boolean hasPublishNotReadyAddresses() {
    return publishNotReadyAddresses != null;
  }

  public Map<String, String> getSelector() {
    return selector;
  }

  public A withSelector(Map<String, String> selector) {
    this.selector = selector == null ? null : new LinkedHashMap<>(selector);
    return self();
  }

  public boolean hasSelector() {
    return selector != null;
  }

  public A addToSelector(String key, String value) {
    if (this.selector == null) {
      this.selector = new LinkedHashMap<>();
    }
    this.selector.put(key, value);
    return self();
  }

  public A addToSelector(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToSelector(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromSelector(String key) {
    if (this.selector != null) {
      this.selector.remove(key);
    }
    return self();
  }

  public A removeFromSelector(Map<String, String> map) {
    if (this.selector != null && map != null) {
      this.selector.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public String getSessionAffinity() {
    return sessionAffinity;
  }

  public A withSessionAffinity(String sessionAffinity) {
    this.sessionAffinity = sessionAffinity;
    return self();
  }

  public boolean hasSessionAffinity() {
    return sessionAffinity != null;
  }

  public V1SessionAffinityConfig getSessionAffinityConfig() {
    return sessionAffinityConfig;
  }

  public A withSessionAffinityConfig(V1SessionAffinityConfig sessionAffinityConfig) {
    this.sessionAffinityConfig = sessionAffinityConfig;
    return self();
  }

  public boolean hasSessionAffinityConfig() {
    return sessionAffinityConfig != null;
  }

  public V1SessionAffinityConfig buildSessionAffinityConfig() {
    return sessionAffinityConfig;
  }

  public SessionAffinityConfigNested withNewSessionAffinityConfig() {
    return new SessionAffinityConfigNested(null);
  }

  public SessionAffinityConfigNested withNewSessionAffinityConfigLike(V1SessionAffinityConfig item) {
    return new SessionAffinityConfigNested(item);
  }

  public SessionAffinityConfigNested editSessionAffinityConfig() {
    return new SessionAffinityConfigNested(sessionAffinityConfig);
  }

  public SessionAffinityConfigNested editOrNewSessionAffinityConfig() {
    return new SessionAffinityConfigNested(sessionAffinityConfig != null ? sessionAffinityConfig : new V1SessionAffinityConfig());
  }

  public SessionAffinityConfigNested editOrNewSessionAffinityConfigLike(V1SessionAffinityConfig item) {
    return new SessionAffinityConfigNested(sessionAffinityConfig != null ? sessionAffinityConfig : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SessionAffinityConfigNested extends V1SessionAffinityConfigFluent<SessionAffinityConfigNested> {
    SessionAffinityConfigNested(V1SessionAffinityConfig item) {
      super(item);
    }

    public A and() {
      return V1ServiceSpecFluent.this.withSessionAffinityConfig(toModel());
    }

    public A endSessionAffinityConfig() {
      return and();
    }
  }

  public String getTrafficDistribution() {
    return trafficDistribution;
  }

  public A withTrafficDistribution(String trafficDistribution) {
    this.trafficDistribution = trafficDistribution;
    return self();
  }

  public boolean hasTrafficDistribution() {
    return trafficDistribution != null;
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
