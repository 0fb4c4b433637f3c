package dev.kubesmith.kubeclient.openapi.models;

import dev.kubesmith.kubeclient.custom.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fluent setters of {@link V1PodSpec}, in the shape of client-java's sundrio builders:
 * {@code withX}, {@code withNewX()...endX()}, {@code editX}, {@code addToX}, {@code
 * addNewX()...endX()}, {@code removeFromX}. {@link V1PodSpecBuilder} is the entry point.
 *
 * @param <A> the fluent type the setters return (the builder, or a nested fluent)
 */
public class V1PodSpecFluent<A extends V1PodSpecFluent<A>> {
  private Long activeDeadlineSeconds;
  private V1Affinity affinity;
  private Boolean automountServiceAccountToken;
  private List<V1Container> containers;
  private V1PodDNSConfig dnsConfig;
  private String dnsPolicy;
  private Boolean enableServiceLinks;
  private List<V1EphemeralContainer> ephemeralContainers;
  private List<V1EvictionResponder> evictionResponders;
  private List<V1HostAlias> hostAliases;
  private Boolean hostIPC;
  private Boolean hostNetwork;
  private Boolean hostPID;
  private Boolean hostUsers;
  private String hostname;
  private String hostnameOverride;
  private List<V1LocalObjectReference> imagePullSecrets;
  private List<V1Container> initContainers;
  private String nodeName;
  private Map<String, String> nodeSelector;
  private V1PodOS os;
  private Map<String, Quantity> overhead;
  private String preemptionPolicy;
  private Integer priority;
  private String priorityClassName;
  private List<V1PodReadinessGate> readinessGates;
  private List<V1PodResourceClaim> resourceClaims;
  private V1ResourceRequirements resources;
  private String restartPolicy;
  private String runtimeClassName;
  private String schedulerName;
  private List<V1PodSchedulingGate> schedulingGates;
  private V1PodSchedulingGroup schedulingGroup;
  private V1PodSecurityContext securityContext;
  private String serviceAccount;
  private String serviceAccountName;
  private Boolean setHostnameAsFQDN;
  private Boolean shareProcessNamespace;
  private String subdomain;
  private Long terminationGracePeriodSeconds;
  private List<V1Toleration> tolerations;
  private List<V1TopologySpreadConstraint> topologySpreadConstraints;
  private List<V1Volume> volumes;

  public V1PodSpecFluent() {}

  public V1PodSpecFluent(V1PodSpec instance) {
    copyInstance(instance);
  }

  protected void copyInstance(V1PodSpec instance) {
    if (instance != null) {
      this.activeDeadlineSeconds = instance.getActiveDeadlineSeconds();
      this.affinity = instance.getAffinity();
      this.automountServiceAccountToken = instance.getAutomountServiceAccountToken();
      this.containers = instance.getContainers() == null ? null : new ArrayList<>(instance.getContainers());
      this.dnsConfig = instance.getDnsConfig();
      this.dnsPolicy = instance.getDnsPolicy();
      this.enableServiceLinks = instance.getEnableServiceLinks();
      this.ephemeralContainers = instance.getEphemeralContainers() == null ? null : new ArrayList<>(instance.getEphemeralContainers());
      this.evictionResponders = instance.getEvictionResponders() == null ? null : new ArrayList<>(instance.getEvictionResponders());
      this.hostAliases = instance.getHostAliases() == null ? null : new ArrayList<>(instance.getHostAliases());
      this.hostIPC = instance.getHostIPC();
      this.hostNetwork = instance.getHostNetwork();
      this.hostPID = instance.getHostPID();
      this.hostUsers = instance.getHostUsers();
      this.hostname = instance.getHostname();
      this.hostnameOverride = instance.getHostnameOverride();
      this.imagePullSecrets = instance.getImagePullSecrets() == null ? null : new ArrayList<>(instance.getImagePullSecrets());
      this.initContainers = instance.getInitContainers() == null ? null : new ArrayList<>(instance.getInitContainers());
      this.nodeName = instance.getNodeName();
      this.nodeSelector = instance.getNodeSelector() == null ? null : new LinkedHashMap<>(instance.getNodeSelector());
      this.os = instance.getOs();
      this.overhead = instance.getOverhead() == null ? null : new LinkedHashMap<>(instance.getOverhead());
      this.preemptionPolicy = instance.getPreemptionPolicy();
      this.priority = instance.getPriority();
      this.priorityClassName = instance.getPriorityClassName();
      this.readinessGates = instance.getReadinessGates() == null ? null : new ArrayList<>(instance.getReadinessGates());
      this.resourceClaims = instance.getResourceClaims() == null ? null : new ArrayList<>(instance.getResourceClaims());
      this.resources = instance.getResources();
      this.restartPolicy = instance.getRestartPolicy();
      this.runtimeClassName = instance.getRuntimeClassName();
      this.schedulerName = instance.getSchedulerName();
      this.schedulingGates = instance.getSchedulingGates() == null ? null : new ArrayList<>(instance.getSchedulingGates());
      this.schedulingGroup = instance.getSchedulingGroup();
      this.securityContext = instance.getSecurityContext();
      this.serviceAccount = instance.getServiceAccount();
      this.serviceAccountName = instance.getServiceAccountName();
      this.setHostnameAsFQDN = instance.getSetHostnameAsFQDN();
      this.shareProcessNamespace = instance.getShareProcessNamespace();
      this.subdomain = instance.getSubdomain();
      this.terminationGracePeriodSeconds = instance.getTerminationGracePeriodSeconds();
      this.tolerations = instance.getTolerations() == null ? null : new ArrayList<>(instance.getTolerations());
      this.topologySpreadConstraints = instance.getTopologySpreadConstraints() == null ? null : new ArrayList<>(instance.getTopologySpreadConstraints());
      this.volumes = instance.getVolumes() == null ? null : new ArrayList<>(instance.getVolumes());
    }
  }

  /** A new {@link V1PodSpec} holding what was set (lists and maps copied). */
  V1PodSpec toModel() {
    V1PodSpec o = new V1PodSpec();
    o.setActiveDeadlineSeconds(activeDeadlineSeconds);
    o.setAffinity(affinity);
    o.setAutomountServiceAccountToken(automountServiceAccountToken);
    o.setContainers(containers == null ? null : new ArrayList<>(containers));
    o.setDnsConfig(dnsConfig);
    o.setDnsPolicy(dnsPolicy);
    o.setEnableServiceLinks(enableServiceLinks);
    o.setEphemeralContainers(ephemeralContainers == null ? null : new ArrayList<>(ephemeralContainers));
    o.setEvictionResponders(evictionResponders == null ? null : new ArrayList<>(evictionResponders));
    o.setHostAliases(hostAliases == null ? null : new ArrayList<>(hostAliases));
    o.setHostIPC(hostIPC);
    o.setHostNetwork(hostNetwork);
    o.setHostPID(hostPID);
    o.setHostUsers(hostUsers);
    o.setHostname(hostname);
    o.setHostnameOverride(hostnameOverride);
    o.setImagePullSecrets(imagePullSecrets == null ? null : new ArrayList<>(imagePullSecrets));
    o.setInitContainers(initContainers == null ? null : new ArrayList<>(initContainers));
    o.setNodeName(nodeName);
    o.setNodeSelector(nodeSelector == null ? null : new LinkedHashMap<>(nodeSelector));
    o.setOs(os);
    o.setOverhead(overhead == null ? null : new LinkedHashMap<>(overhead));
    o.setPreemptionPolicy(preemptionPolicy);
    o.setPriority(priority);
    o.setPriorityClassName(priorityClassName);
    o.setReadinessGates(readinessGates == null ? null : new ArrayList<>(readinessGates));
    o.setResourceClaims(resourceClaims == null ? null : new ArrayList<>(resourceClaims));
    o.setResources(resources);
    o.setRestartPolicy(restartPolicy);
    o.setRuntimeClassName(runtimeClassName);
    o.setSchedulerName(schedulerName);
    o.setSchedulingGates(schedulingGates == null ? null : new ArrayList<>(schedulingGates));
    o.setSchedulingGroup(schedulingGroup);
    o.setSecurityContext(securityContext);
    o.setServiceAccount(serviceAccount);
    o.setServiceAccountName(serviceAccountName);
    o.setSetHostnameAsFQDN(setHostnameAsFQDN);
    o.setShareProcessNamespace(shareProcessNamespace);
    o.setSubdomain(subdomain);
    o.setTerminationGracePeriodSeconds(terminationGracePeriodSeconds);
    o.setTolerations(tolerations == null ? null : new ArrayList<>(tolerations));
    o.setTopologySpreadConstraints(topologySpreadConstraints == null ? null : new ArrayList<>(topologySpreadConstraints));
    o.setVolumes(volumes == null ? null : new ArrayList<>(volumes));
    return o;
  }

  // A is the concrete subclass that declares it (``V1PodBuilder extends V1PodFluent<V1PodBuilder>``)
  @SuppressWarnings("unchecked")
  protected A self() {
    return (A) this;
  }

  public Long getActiveDeadlineSeconds() {
    return activeDeadlineSeconds;
  }

  public A withActiveDeadlineSeconds(Long activeDeadlineSeconds) {
    this.activeDeadlineSeconds = activeDeadlineSeconds;
    return self();
  }

  public boolean hasActiveDeadlineSeconds() {
    return activeDeadlineSeconds != null;
  }

  public V1Affinity getAffinity() {
    return affinity;
  }

  public A withAffinity(V1Affinity affinity) {
    this.affinity = affinity;
    return self();
  }

  public boolean hasAffinity() {
    return affinity != null;
  }

  public V1Affinity buildAffinity() {
    return affinity;
  }

  public AffinityNested withNewAffinity() {
    return new AffinityNested(null);
  }

  public AffinityNested withNewAffinityLike(V1Affinity item) {
    return new AffinityNested(item);
  }

  public AffinityNested editAffinity() {
    return new AffinityNested(affinity);
  }

  public AffinityNested editOrNewAffinity() {
    return new AffinityNested(affinity != null ? affinity : new V1Affinity());
  }

  public AffinityNested editOrNewAffinityLike(V1Affinity item) {
    return new AffinityNested(affinity != null ? affinity : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class AffinityNested extends V1AffinityFluent<AffinityNested> {
    AffinityNested(V1Affinity item) {
      super(item);
    }

    public A and() {
      return V1PodSpecFluent.this.withAffinity(toModel());
    }

    public A endAffinity() {
      return and();
    }
  }

  public Boolean getAutomountServiceAccountToken() {
    return automountServiceAccountToken;
  }

  public A withAutomountServiceAccountToken(Boolean automountServiceAccountToken) {
    this.automountServiceAccountToken = automountServiceAccountToken;
    return self();
  }

  public boolean hasAutomountServiceAccountToken() {
    return automountServiceAccountToken != null;
  }

  public List<V1Container> getContainers() {
    return containers;
  }

  public A withContainers(List<V1Container> containers) {
    this.containers = containers == null ? null : new ArrayList<>(containers);
    return self();
  }

  public boolean hasContainers() {
    return containers != null;
  }

  public A withContainers(V1Container... items) {
    this.containers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToContainers(V1Container... items) {
    for (V1Container item : items) {
      addToContainers(-1, item);
    }
    return self();
  }

  public A removeFromContainers(V1Container... items) {
    return removeAllFromContainers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToContainers(int index, V1Container item) {
    if (this.containers == null) {
      this.containers = new ArrayList<>();
    }
    if (index < 0 || index >= this.containers.size()) {
      this.containers.add(item);
    } else {
      this.containers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToContainers(int index, V1Container item) {
    if (index < 0 || this.containers == null || index >= this.containers.size()) {
      return addToContainers(-1, item);
    }
    this.containers.set(index, item);
    return self();
  }

  public A addAllToContainers(Collection<V1Container> items) {
    for (V1Container item : items) {
      addToContainers(-1, item);
    }
    return self();
  }

  public A removeAllFromContainers(Collection<V1Container> items) {
    if (this.containers != null) {
      this.containers.removeAll(items);
    }
    return self();
  }

  public List<V1Container> buildContainers() {
    return containers;
  }

  public V1Container buildContainer(int index) {
    return this.containers.get(index);
  }

  public ContainersNested addNewContainer() {
    return new ContainersNested(-1, null);
  }

  public ContainersNested addNewContainerLike(V1Container item) {
    return new ContainersNested(-1, item);
  }

  public ContainersNested setNewContainerLike(int index, V1Container item) {
    return new ContainersNested(index, item);
  }

  public ContainersNested editContainer(int index) {
    if (this.containers == null || index < 0 || index >= this.containers.size()) {
      throw new IndexOutOfBoundsException("can't edit containers [" + index + "]");
    }
    return new ContainersNested(index, this.containers.get(index));
  }

  public ContainersNested editFirstContainer() {
    return editContainer(0);
  }

  public ContainersNested editLastContainer() {
    return editContainer(this.containers == null ? -1 : this.containers.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ContainersNested extends V1ContainerFluent<ContainersNested> {
    private final int index;

    ContainersNested(int index, V1Container item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToContainers(index, toModel());
    }

    public A endContainer() {
      return and();
    }
  }

  public V1PodDNSConfig getDnsConfig() {
    return dnsConfig;
  }

  public A withDnsConfig(V1PodDNSConfig dnsConfig) {
    this.dnsConfig = dnsConfig;
    return self();
  }

  public boolean hasDnsConfig() {
    return dnsConfig != null;
  }

  public V1PodDNSConfig buildDnsConfig() {
    return dnsConfig;
  }

  public DnsConfigNested withNewDnsConfig() {
    return new DnsConfigNested(null);
  }

  public DnsConfigNested withNewDnsConfigLike(V1PodDNSConfig item) {
    return new DnsConfigNested(item);
  }

  public DnsConfigNested editDnsConfig() {
    return new DnsConfigNested(dnsConfig);
  }

  public DnsConfigNested editOrNewDnsConfig() {
    return new DnsConfigNested(dnsConfig != null ? dnsConfig : new V1PodDNSConfig());
  }

  public DnsConfigNested editOrNewDnsConfigLike(V1PodDNSConfig item) {
    return new DnsConfigNested(dnsConfig != null ? dnsConfig : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class DnsConfigNested extends V1PodDNSConfigFluent<DnsConfigNested> {
    DnsConfigNested(V1PodDNSConfig item) {
      super(item);
    }

    public A and() {
      return V1PodSpecFluent.this.withDnsConfig(toModel());
    }

    public A endDnsConfig() {
      return and();
    }
  }

  public String getDnsPolicy() {
    return dnsPolicy;
  }

  public A withDnsPolicy(String dnsPolicy) {
    this.dnsPolicy = dnsPolicy;
    return self();
  }

  public boolean hasDnsPolicy() {
    return dnsPolicy != null;
  }

  public Boolean getEnableServiceLinks() {
    return enableServiceLinks;
  }

  public A withEnableServiceLinks(Boolean enableServiceLinks) {
    this.enableServiceLinks = enableServiceLinks;
    return self();
  }

  public boolean hasEnableServiceLinks() {
    return enableServiceLinks != null;
  }

  public List<V1EphemeralContainer> getEphemeralContainers() {
    return ephemeralContainers;
  }

  public A withEphemeralContainers(List<V1EphemeralContainer> ephemeralContainers) {
    this.ephemeralContainers = ephemeralContainers == null ? null : new ArrayList<>(ephemeralContainers);
    return self();
  }

  public boolean hasEphemeralContainers() {
    return ephemeralContainers != null;
  }

  public A withEphemeralContainers(V1EphemeralContainer... items) {
    this.ephemeralContainers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToEphemeralContainers(V1EphemeralContainer... items) {
    for (V1EphemeralContainer item : items) {
      addToEphemeralContainers(-1, item);
    }
    return self();
  }

  public A removeFromEphemeralContainers(V1EphemeralContainer... items) {
    return removeAllFromEphemeralContainers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToEphemeralContainers(int index, V1EphemeralContainer item) {
    if (this.ephemeralContainers == null) {
      this.ephemeralContainers = new ArrayList<>();
    }
    if (index < 0 || index >= this.ephemeralContainers.size()) {
      this.ephemeralContainers.add(item);
    } else {
      this.ephemeralContainers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToEphemeralContainers(int index, V1EphemeralContainer item) {
    if (index < 0 || this.ephemeralContainers == null || index >= this.ephemeralContainers.size()) {
      return addToEphemeralContainers(-1, item);
    }
    this.ephemeralContainers.set(index, item);
    return self();
  }

  public A addAllToEphemeralContainers(Collection<V1EphemeralContainer> items) {
    for (V1EphemeralContainer item : items) {
      addToEphemeralContainers(-1, item);
    }
    return self();
  }

  public A removeAllFromEphemeralContainers(Collection<V1EphemeralContainer> items) {
    if (this.ephemeralContainers != null) {
      this.ephemeralContainers.removeAll(items);
    }
    return self();
  }

  public List<V1EphemeralContainer> buildEphemeralContainers() {
    return ephemeralContainers;
  }

  public V1EphemeralContainer buildEphemeralContainer(int index) {
    return this.ephemeralContainers.get(index);
  }

  public EphemeralContainersNested addNewEphemeralContainer() {
    return new EphemeralContainersNested(-1, null);
  }

  public EphemeralContainersNested addNewEphemeralContainerLike(V1EphemeralContainer item) {
    return new EphemeralContainersNested(-1, item);
  }

  public EphemeralContainersNested setNewEphemeralContainerLike(int index, V1EphemeralContainer item) {
    return new EphemeralContainersNested(index, item);
  }

  public EphemeralContainersNested editEphemeralContainer(int index) {
    if (this.ephemeralContainers == null || index < 0 || index >= this.ephemeralContainers.size()) {
      throw new IndexOutOfBoundsException("can't edit ephemeralContainers [" + index + "]");
    }
    return new EphemeralContainersNested(index, this.ephemeralContainers.get(index));
  }

  public EphemeralContainersNested editFirstEphemeralContainer() {
    return editEphemeralContainer(0);
  }

  public EphemeralContainersNested editLastEphemeralContainer() {
    return editEphemeralContainer(this.ephemeralContainers == null ? -1 : this.ephemeralContainers.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class EphemeralContainersNested extends V1EphemeralContainerFluent<EphemeralContainersNested> {
    private final int index;

    EphemeralContainersNested(int index, V1EphemeralContainer item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToEphemeralContainers(index, toModel());
    }

    public A endEphemeralContainer() {
      return and();
    }
  }

  public List<V1EvictionResponder> getEvictionResponders() {
    return evictionResponders;
  }

  public A withEvictionResponders(List<V1EvictionResponder> evictionResponders) {
    this.evictionResponders = evictionResponders == null ? null : new ArrayList<>(evictionResponders);
    return self();
  }

  public boolean hasEvictionResponders() {
    return evictionResponders != null;
  }

  public A withEvictionResponders(V1EvictionResponder... items) {
    this.evictionResponders = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToEvictionResponders(V1EvictionResponder... items) {
    for (V1EvictionResponder item : items) {
      addToEvictionResponders(-1, item);
    }
    return self();
  }

  public A removeFromEvictionResponders(V1EvictionResponder... items) {
    return removeAllFromEvictionResponders(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToEvictionResponders(int index, V1EvictionResponder item) {
    if (this.evictionResponders == null) {
      this.evictionResponders = new ArrayList<>();
    }
    if (index < 0 || index >= this.evictionResponders.size()) {
      this.evictionResponders.add(item);
    } else {
      this.evictionResponders.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToEvictionResponders(int index, V1EvictionResponder item) {
    if (index < 0 || this.evictionResponders == null || index >= this.evictionResponders.size()) {
      return addToEvictionResponders(-1, item);
    }
    this.evictionResponders.set(index, item);
    return self();
  }

  public A addAllToEvictionResponders(Collection<V1EvictionResponder> items) {
    for (V1EvictionResponder item : items) {
      addToEvictionResponders(-1, item);
    }
    return self();
  }

  public A removeAllFromEvictionResponders(Collection<V1EvictionResponder> items) {
    if (this.evictionResponders != null) {
      this.evictionResponders.removeAll(items);
    }
    return self();
  }

  public List<V1EvictionResponder> buildEvictionResponders() {
    return evictionResponders;
  }

  public V1EvictionResponder buildEvictionResponder(int index) {
    return this.evictionResponders.get(index);
  }

  public EvictionRespondersNested addNewEvictionResponder() {
    return new EvictionRespondersNested(-1, null);
  }

  public EvictionRespondersNested addNewEvictionResponderLike(V1EvictionResponder item) {
    return new EvictionRespondersNested(-1, item);
  }

  public EvictionRespondersNested setNewEvictionResponderLike(int index, V1EvictionResponder item) {
    return new EvictionRespondersNested(index, item);
  }

  public EvictionRespondersNested editEvictionResponder(int index) {
    if (this.evictionResponders == null || index < 0 || index >= this.evictionResponders.size()) {
      throw new IndexOutOfBoundsException("can't edit evictionResponders [" + index + "]");
    }
    return new EvictionRespondersNested(index, this.evictionResponders.get(index));
  }

  public EvictionRespondersNested editFirstEvictionResponder() {
    return editEvictionResponder(0);
  }

  public EvictionRespondersNested editLastEvictionResponder() {
    return editEvictionResponder(this.evictionResponders == null ? -1 : this.evictionResponders.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class EvictionRespondersNested extends V1EvictionResponderFluent<EvictionRespondersNested> {
    private final int index;

    EvictionRespondersNested(int index, V1EvictionResponder item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToEvictionResponders(index, toModel());
    }

    public A endEvictionResponder() {
      return and();
    }
  }

  public List<V1HostAlias> getHostAliases() {
    return hostAliases;
  }

  public A withHostAliases(List<V1HostAlias> hostAliases) {
    this.hostAliases = hostAliases == null ? null : new ArrayList<>(hostAliases);
    return self();
  }

  public boolean hasHostAliases() {
    return hostAliases != null;
  }

  public A withHostAliases(V1HostAlias... items) {
    this.hostAliases = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToHostAliases(V1HostAlias... items) {
    for (V1HostAlias item : items) {
      addToHostAliases(-1, item);
    }
    return self();
  }

  public A removeFromHostAliases(V1HostAlias... items) {
    return removeAllFromHostAliases(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToHostAliases(int index, V1HostAlias item) {
    if (this.hostAliases == null) {
      this.hostAliases = new ArrayList<>();
    }
    if (index < 0 || index >= this.hostAliases.size()) {
      this.hostAliases.add(item);
    } else {
      this.hostAliases.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToHostAliases(int index, V1HostAlias item) {
    if (index < 0 || this.hostAliases == null || index >= this.hostAliases.size()) {
      return addToHostAliases(-1, item);
    }
    this.hostAliases.set(index, item);
    return self();
  }

  public A addAllToHostAliases(Collection<V1HostAlias> items) {
    for (V1HostAlias item : items) {
      addToHostAliases(-1, item);
    }
    return self();
  }

  public A removeAllFromHostAliases(Collection<V1HostAlias> items) {
    if (this.hostAliases != null) {
      this.hostAliases.removeAll(items);
    }
    return self();
  }

  public List<V1HostAlias> buildHostAliases() {
    return hostAliases;
  }

  public V1HostAlias buildHostAlias(int index) {
    return this.hostAliases.get(index);
  }

  public HostAliasesNested addNewHostAlias() {
    return new HostAliasesNested(-1, null);
  }

  public HostAliasesNested addNewHostAliasLike(V1HostAlias item) {
    return new HostAliasesNested(-1, item);
  }

  public HostAliasesNested setNewHostAliasLike(int index, V1HostAlias item) {
    return new HostAliasesNested(index, item);
  }

  public HostAliasesNested editHostAlias(int index) {
    if (this.hostAliases == null || index < 0 || index >= this.hostAliases.size()) {
      throw new IndexOutOfBoundsException("can't edit hostAliases [" + index + "]");
    }
    return new HostAliasesNested(index, this.hostAliases.get(index));
  }

  public HostAliasesNested editFirstHostAlias() {
    return editHostAlias(0);
  }

  public HostAliasesNested editLastHostAlias() {
    return editHostAlias(this.hostAliases == null ? -1 : this.hostAliases.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class HostAliasesNested extends V1HostAliasFluent<HostAliasesNested> {
    private final int index;

    HostAliasesNested(int index, V1HostAlias item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToHostAliases(index, toModel());
    }

    public A endHostAlias() {
      return and();
    }
  }

  public Boolean getHostIPC() {
    return hostIPC;
  }

  public A withHostIPC(Boolean hostIPC) {
    this.hostIPC = hostIPC;
    return self();
  }

  public boolean hasHostIPC() {
    return hostIPC != null;
  }

  public Boolean getHostNetwork() {
    return hostNetwork;
  }

  public A withHostNetwork(Boolean hostNetwork) {
    this.hostNetwork = hostNetwork;
    return self();
  }

  public boolean hasHostNetwork() {
    return hostNetwork != null;
  }

  public Boolean getHostPID() {
    return hostPID;
  }

  public A withHostPID(Boolean hostPID) {
    this.hostPID = hostPID;
    return self();
  }

  public boolean hasHostPID() {
    return hostPID != null;
  }

  public Boolean getHostUsers() {
    return hostUsers;
  }

  public A withHostUsers(Boolean hostUsers) {
    this.hostUsers = hostUsers;
    return self();
  }

  public boolean hasHostUsers() {
    return hostUsers != null;
  }

  public String getHostname() {
    return hostname;
  }

  public A withHostname(String hostname) {
    this.hostname = hostname;
    return self();
  }

  public boolean hasHostname() {
    return hostname != null;
  }

  public String getHostnameOverride() {
    return hostnameOverride;
  }

  public A withHostnameOverride(String hostnameOverride) {
    this.hostnameOverride = hostnameOverride;
    return self();
  }

  public boolean hasHostnameOverride() {
    return hostnameOverride != null;
  }

  public List<V1LocalObjectReference> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public A withImagePullSecrets(List<V1LocalObjectReference> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets == null ? null : new ArrayList<>(imagePullSecrets);
    return self();
  }

  public boolean hasImagePullSecrets() {
    return imagePullSecrets != null;
  }

  public A withImagePullSecrets(V1LocalObjectReference... items) {
    this.imagePullSecrets = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToImagePullSecrets(V1LocalObjectReference... items) {
    for (V1LocalObjectReference item : items) {
      addToImagePullSecrets(-1, item);
    }
    return self();
  }

  public A removeFromImagePullSecrets(V1LocalObjectReference... items) {
    return removeAllFromImagePullSecrets(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToImagePullSecrets(int index, V1LocalObjectReference item) {
    if (this.imagePullSecrets == null) {
      this.imagePullSecrets = new ArrayList<>();
    }
    if (index < 0 || index >= this.imagePullSecrets.size()) {
      this.imagePullSecrets.add(item);
    } else {
      this.imagePullSecrets.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToImagePullSecrets(int index, V1LocalObjectReference item) {
    if (index < 0 || this.imagePullSecrets == null || index >= this.imagePullSecrets.size()) {
      return addToImagePullSecrets(-1, item);
    }
    this.imagePullSecrets.set(index, item);
    return self();
  }

  public A addAllToImagePullSecrets(Collection<V1LocalObjectReference> items) {
    for (V1LocalObjectReference item : items) {
      addToImagePullSecrets(-1, item);
    }
    return self();
  }

  public A removeAllFromImagePullSecrets(Collection<V1LocalObjectReference> items) {
    if (this.imagePullSecrets != null) {
      this.imagePullSecrets.removeAll(items);
    }
    return self();
  }

  public List<V1LocalObjectReference> buildImagePullSecrets() {
    return imagePullSecrets;
  }

  public V1LocalObjectReference buildImagePullSecret(int index) {
    return this.imagePullSecrets.get(index);
  }

  public ImagePullSecretsNested addNewImagePullSecret() {
    return new ImagePullSecretsNested(-1, null);
  }

  public ImagePullSecretsNested addNewImagePullSecretLike(V1LocalObjectReference item) {
    return new ImagePullSecretsNested(-1, item);
  }

  public ImagePullSecretsNested setNewImagePullSecretLike(int index, V1LocalObjectReference item) {
    return new ImagePullSecretsNested(index, item);
  }

  public ImagePullSecretsNested editImagePullSecret(int index) {
    if (this.imagePullSecrets == null || index < 0 || index >= this.imagePullSecrets.size()) {
      throw new IndexOutOfBoundsException("can't edit imagePullSecrets [" + index + "]");
    }
    return new ImagePullSecretsNested(index, this.imagePullSecrets.get(index));
  }

  public ImagePullSecretsNested editFirstImagePullSecret() {
    return editImagePullSecret(0);
  }

  public ImagePullSecretsNested editLastImagePullSecret() {
    return editImagePullSecret(this.imagePullSecrets == null ? -1 : this.imagePullSecrets.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ImagePullSecretsNested extends V1LocalObjectReferenceFluent<ImagePullSecretsNested> {
    private final int index;

    ImagePullSecretsNested(int index, V1LocalObjectReference item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToImagePullSecrets(index, toModel());
    }

    public A endImagePullSecret() {
      return and();
    }
  }

  public List<V1Container> getInitContainers() {
    return initContainers;
  }

  public A withInitContainers(List<V1Container> initContainers) {
    this.initContainers = initContainers == null ? null : new ArrayList<>(initContainers);
    return self();
  }

  public boolean hasInitContainers() {
    return initContainers != null;
  }

  public A withInitContainers(V1Container... items) {
    this.initContainers = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToInitContainers(V1Container... items) {
    for (V1Container item : items) {
      addToInitContainers(-1, item);
    }
    return self();
  }

  public A removeFromInitContainers(V1Container... items) {
    return removeAllFromInitContainers(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToInitContainers(int index, V1Container item) {
    if (this.initContainers == null) {
      this.initContainers = new ArrayList<>();
    }
    if (index < 0 || index >= this.initContainers.size()) {
      this.initContainers.add(item);
    } else {
      this.initContainers.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToInitContainers(int index, V1Container item) {
    if (index < 0 || this.initContainers == null || index >= this.initContainers.size()) {
      return addToInitContainers(-1, item);
    }
    this.initContainers.set(index, item);
    return self();
  }

  public A addAllToInitContainers(Collection<V1Container> items) {
    for (V1Container item : items) {
      addToInitContainers(-1, item);
    }
    return self();
  }

  public A removeAllFromInitContainers(Collection<V1Container> items) {
    if (this.initContainers != null) {
      this.initContainers.removeAll(items);
    }
    return self();
  }

  public List<V1Container> buildInitContainers() {
    return initContainers;
  }

  public V1Container buildInitContainer(int index) {
    return this.initContainers.get(index);
  }

  public InitContainersNested addNewInitContainer() {
    return new InitContainersNested(-1, null);
  }

  public InitContainersNested addNewInitContainerLike(V1Container item) {
    return new InitContainersNested(-1, item);
  }

  public InitContainersNested setNewInitContainerLike(int index, V1Container item) {
    return new InitContainersNested(index, item);
  }

  public InitContainersNested editInitContainer(int index) {
    if (this.initContainers == null || index < 0 || index >= this.initContainers.size()) {
      throw new IndexOutOfBoundsException("can't edit initContainers [" + index + "]");
    }
    return new InitContainersNested(index, this.initContainers.get(index));
  }

  public InitContainersNested editFirstInitContainer() {
    return editInitContainer(0);
  }

  public InitContainersNested editLastInitContainer() {
    return editInitContainer(this.initContainers == null ? -1 : this.initContainers.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class InitContainersNested extends V1ContainerFluent<InitContainersNested> {
    private final int index;

    InitContainersNested(int index, V1Container item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToInitContainers(index, toModel());
    }

    public A endInitContainer() {
      return and();
    }
  }

  public String getNodeName() {
    return nodeName;
  }

  public A withNodeName(String nodeName) {
    this.nodeName = nodeName;
    return self();
  }

  public boolean hasNodeName() {
    return nodeName != null;
  }

  public Map<String, String> getNodeSelector() {
    return nodeSelector;
  }

  public A withNodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector == null ? null : new LinkedHashMap<>(nodeSelector);
    return self();
  }

  public boolean hasNodeSelector() {
    return nodeSelector != null;
  }

  public A addToNodeSelector(String key, String value) {
    if (this.nodeSelector == null) {
      this.nodeSelector = new LinkedHashMap<>();
    }
    this.nodeSelector.put(key, value);
    return self();
  }

  public A addToNodeSelector(Map<String, String> map) {
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        addToNodeSelector(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromNodeSelector(String key) {
    if (this.nodeSelector != null) {
      this.nodeSelector.remove(key);
    }
    return self();
  }

  public A removeFromNodeSelector(Map<String, String> map) {
    if (this.nodeSelector != null && map != null) {
      this.nodeSelector.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public V1PodOS getOs() {
    return os;
  }

  public A withOs(V1PodOS os) {
    this.os = os;
    return self();
  }

  public boolean hasOs() {
    return os != null;
  }

  public V1PodOS buildOs() {
    return os;
  }

  public OsNested withNewOs() {
    return new OsNested(null);
  }

  public OsNested withNewOsLike(V1PodOS item) {
    return new OsNested(item);
  }

  public OsNested editOs() {
    return new OsNested(os);
  }

  public OsNested editOrNewOs() {
    return new OsNested(os != null ? os : new V1PodOS());
  }

  public OsNested editOrNewOsLike(V1PodOS item) {
    return new OsNested(os != null ? os : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class OsNested extends V1PodOSFluent<OsNested> {
    OsNested(V1PodOS item) {
      super(item);
    }

    public A and() {
      return V1PodSpecFluent.this.withOs(toModel());
    }

    public A endOs() {
      return and();
    }
  }

  public Map<String, Quantity> getOverhead() {
    return overhead;
  }

  public A withOverhead(Map<String, Quantity> overhead) {
    this.overhead = overhead == null ? null : new LinkedHashMap<>(overhead);
    return self();
  }

  public boolean hasOverhead() {
    return overhead != null;
  }

  public A addToOverhead(String key, Quantity value) {
    if (this.overhead == null) {
      this.overhead = new LinkedHashMap<>();
    }
    this.overhead.put(key, value);
    return self();
  }

  public A addToOverhead(Map<String, Quantity> map) {
    if (map != null) {
      for (Map.Entry<String, Quantity> entry : map.entrySet()) {
        addToOverhead(entry.getKey(), entry.getValue());
      }
    }
    return self();
  }

  public A removeFromOverhead(String key) {
    if (this.overhead != null) {
      this.overhead.remove(key);
    }
    return self();
  }

  public A removeFromOverhead(Map<String, Quantity> map) {
    if (this.overhead != null && map != null) {
      this.overhead.keySet().removeAll(map.keySet());
    }
    return self();
  }

  public String getPreemptionPolicy() {
    return preemptionPolicy;
  }

  public A withPreemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
    return self();
  }

  public boolean hasPreemptionPolicy() {
    return preemptionPolicy != null;
  }

  public Integer getPriority() {
    return priority;
  }

  public A withPriority(Integer priority) {
    this.priority = priority;
    return self();
  }

  public boolean hasPriority() {
    return priority != null;
  }

  public String getPriorityClassName() {
    return priorityClassName;
  }

  public A withPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
    return self();
  }

  public boolean hasPriorityClassName() {
    return priorityClassName != null;
  }

  public List<V1PodReadinessGate> getReadinessGates() {
    return readinessGates;
  }

  public A withReadinessGates(List<V1PodReadinessGate> readinessGates) {
    this.readinessGates = readinessGates == null ? null : new ArrayList<>(readinessGates);
    return self();
  }

  public boolean hasReadinessGates() {
    return readinessGates != null;
  }

  public A withReadinessGates(V1PodReadinessGate... items) {
    this.readinessGates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToReadinessGates(V1PodReadinessGate... items) {
    for (V1PodReadinessGate item : items) {
      addToReadinessGates(-1, item);
    }
    return self();
  }

  public A removeFromReadinessGates(V1PodReadinessGate... items) {
    return removeAllFromReadinessGates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToReadinessGates(int index, V1PodReadinessGate item) {
    if (this.readinessGates == null) {
      this.readinessGates = new ArrayList<>();
    }
    if (index < 0 || index >= this.readinessGates.size()) {
      this.readinessGates.add(item);
    } else {
      this.readinessGates.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToReadinessGates(int index, V1PodReadinessGate item) {
    if (index < 0 || this.readinessGates == null || index >= this.readinessGates.size()) {
      return addToReadinessGates(-1, item);
    }
    this.readinessGates.set(index, item);
    return self();
  }

  public A addAllToReadinessGates(Collection<V1PodReadinessGate> items) {
    for (V1PodReadinessGate item : items) {
      addToReadinessGates(-1, item);
    }
    return self();
  }

  public A removeAllFromReadinessGates(Collection<V1PodReadinessGate> items) {
    if (this.readinessGates != null) {
      this.readinessGates.removeAll(items);
    }
    return self();
  }

  public List<V1PodReadinessGate> buildReadinessGates() {
    return readinessGates;
  }

  public V1PodReadinessGate buildReadinessGate(int index) {
    return this.readinessGates.get(index);
  }

  public ReadinessGatesNested addNewReadinessGate() {
    return new ReadinessGatesNested(-1, null);
  }

  public ReadinessGatesNested addNewReadinessGateLike(V1PodReadinessGate item) {
    return new ReadinessGatesNested(-1, item);
  }

  public ReadinessGatesNested setNewReadinessGateLike(int index, V1PodReadinessGate item) {
    return new ReadinessGatesNested(index, item);
  }

  public ReadinessGatesNested editReadinessGate(int index) {
    if (this.readinessGates == null || index < 0 || index >= this.readinessGates.size()) {
      throw new IndexOutOfBoundsException("can't edit readinessGates [" + index + "]");
    }
    return new ReadinessGatesNested(index, this.readinessGates.get(index));
  }

  public ReadinessGatesNested editFirstReadinessGate() {
    return editReadinessGate(0);
  }

  public ReadinessGatesNested editLastReadinessGate() {
    return editReadinessGate(this.readinessGates == null ? -1 : this.readinessGates.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ReadinessGatesNested extends V1PodReadinessGateFluent<ReadinessGatesNested> {
    private final int index;

    ReadinessGatesNested(int index, V1PodReadinessGate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToReadinessGates(index, toModel());
    }

    public A endReadinessGate() {
      return and();
    }
  }

  public List<V1PodResourceClaim> getResourceClaims() {
    return resourceClaims;
  }

  public A withResourceClaims(List<V1PodResourceClaim> resourceClaims) {
    this.resourceClaims = resourceClaims == null ? null : new ArrayList<>(resourceClaims);
    return self();
  }

  public boolean hasResourceClaims() {
    return resourceClaims != null;
  }

  public A withResourceClaims(V1PodResourceClaim... items) {
    this.resourceClaims = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToResourceClaims(V1PodResourceClaim... items) {
    for (V1PodResourceClaim item : items) {
      addToResourceClaims(-1, item);
    }
    return self();
  }

  public A removeFromResourceClaims(V1PodResourceClaim... items) {
    return removeAllFromResourceClaims(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToResourceClaims(int index, V1PodResourceClaim item) {
    if (this.resourceClaims == null) {
      this.resourceClaims = new ArrayList<>();
    }
    if (index < 0 || index >= this.resourceClaims.size()) {
      this.resourceClaims.add(item);
    } else {
      this.resourceClaims.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToResourceClaims(int index, V1PodResourceClaim item) {
    if (index < 0 || this.resourceClaims == null || index >= this.resourceClaims.size()) {
      return addToResourceClaims(-1, item);
    }
    this.resourceClaims.set(index, item);
    return self();
  }

  public A addAllToResourceClaims(Collection<V1PodResourceClaim> items) {
    for (V1PodResourceClaim item : items) {
      addToResourceClaims(-1, item);
    }
    return self();
  }

  public A removeAllFromResourceClaims(Collection<V1PodResourceClaim> items) {
    if (this.resourceClaims != null) {
      this.resourceClaims.removeAll(items);
    }
    return self();
  }

  public List<V1PodResourceClaim> buildResourceClaims() {
    return resourceClaims;
  }

  public V1PodResourceClaim buildResourceClaim(int index) {
    return this.resourceClaims.get(index);
  }

  public ResourceClaimsNested addNewResourceClaim() {
    return new ResourceClaimsNested(-1, null);
  }

  public ResourceClaimsNested addNewResourceClaimLike(V1PodResourceClaim item) {
    return new ResourceClaimsNested(-1, item);
  }

  public ResourceClaimsNested setNewResourceClaimLike(int index, V1PodResourceClaim item) {
    return new ResourceClaimsNested(index, item);
  }

  public ResourceClaimsNested editResourceClaim(int index) {
    if (this.resourceClaims == null || index < 0 || index >= this.resourceClaims.size()) {
      throw new IndexOutOfBoundsException("can't edit resourceClaims [" + index + "]");
    }
    return new ResourceClaimsNested(index, this.resourceClaims.get(index));
  }

  public ResourceClaimsNested editFirstResourceClaim() {
    return editResourceClaim(0);
  }

  public ResourceClaimsNested editLastResourceClaim() {
    return editResourceClaim(this.resourceClaims == null ? -1 : this.resourceClaims.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class ResourceClaimsNested extends V1PodResourceClaimFluent<ResourceClaimsNested> {
    private final int index;

    ResourceClaimsNested(int index, V1PodResourceClaim item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToResourceClaims(index, toModel());
    }

    public A endResourceClaim() {
      return and();
    }
  }

  public V1ResourceRequirements getResources() {
    return resources;
  }

  public A withResources(V1ResourceRequirements resources) {
    this.resources = resources;
    return self();
  }

  public boolean hasResources() {
    return resources != null;
  }

  public V1ResourceRequirements buildResources() {
    return resources;
  }

  public ResourcesNested withNewResources() {
    return new ResourcesNested(null);
  }

  public ResourcesNested withNewResourcesLike(V1ResourceRequirements item) {
    return new ResourcesNested(item);
  }

  public ResourcesNested editResources() {
    return new ResourcesNested(resources);
  }

  public ResourcesNested editOrNewResources() {
    return new ResourcesNested(resources != null ? resources : new V1ResourceRequirements());
  }

  public ResourcesNested editOrNewResourcesLike(V1ResourceRequirements item) {
    return new ResourcesNested(resources != null ? resources : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class ResourcesNested extends V1ResourceRequirementsFluent<ResourcesNested> {
    ResourcesNested(V1ResourceRequirements item) {
      super(item);
    }

    public A and() {
      return V1PodSpecFluent.this.withResources(toModel());
    }

    public A endResources() {
      return and();
    }
  }

  public String getRestartPolicy() {
    return restartPolicy;
  }

  public A withRestartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
    return self();
  }

  public boolean hasRestartPolicy() {
    return restartPolicy != null;
  }

  public String getRuntimeClassName() {
    return runtimeClassName;
  }

  public A withRuntimeClassName(String runtimeClassName) {
    this.runtimeClassName = runtimeClassName;
    return self();
  }

  public boolean hasRuntimeClassName() {
    return runtimeClassName != null;
  }

  public String getSchedulerName() {
    return schedulerName;
  }

  public A withSchedulerName(String schedulerName) {
    this.schedulerName = schedulerName;
    return self();
  }

  public boolean hasSchedulerName() {
    return schedulerName != null;
  }

  public List<V1PodSchedulingGate> getSchedulingGates() {
    return schedulingGates;
  }

  public A withSchedulingGates(List<V1PodSchedulingGate> schedulingGates) {
    this.schedulingGates = schedulingGates == null ? null : new ArrayList<>(schedulingGates);
    return self();
  }

  public boolean hasSchedulingGates() {
    return schedulingGates != null;
  }

  public A withSchedulingGates(V1PodSchedulingGate... items) {
    this.schedulingGates = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToSchedulingGates(V1PodSchedulingGate... items) {
    for (V1PodSchedulingGate item : items) {
      addToSchedulingGates(-1, item);
    }
    return self();
  }

  public A removeFromSchedulingGates(V1PodSchedulingGate... items) {
    return removeAllFromSchedulingGates(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToSchedulingGates(int index, V1PodSchedulingGate item) {
    if (this.schedulingGates == null) {
      this.schedulingGates = new ArrayList<>();
    }
    if (index < 0 || index >= this.schedulingGates.size()) {
      this.schedulingGates.add(item);
    } else {
      this.schedulingGates.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToSchedulingGates(int index, V1PodSchedulingGate item) {
    if (index < 0 || this.schedulingGates == null || index >= this.schedulingGates.size()) {
      return addToSchedulingGates(-1, item);
    }
    this.schedulingGates.set(index, item);
    return self();
  }

  public A addAllToSchedulingGates(Collection<V1PodSchedulingGate> items) {
    for (V1PodSchedulingGate item : items) {
      addToSchedulingGates(-1, item);
    }
    return self();
  }

  public A removeAllFromSchedulingGates(Collection<V1PodSchedulingGate> items) {
    if (this.schedulingGates != null) {
      this.schedulingGates.removeAll(items);
    }
    return self();
  }

  public List<V1PodSchedulingGate> buildSchedulingGates() {
    return schedulingGates;
  }

  public V1PodSchedulingGate buildSchedulingGate(int index) {
    return this.schedulingGates.get(index);
  }

  public SchedulingGatesNested addNewSchedulingGate() {
    return new SchedulingGatesNested(-1, null);
  }

  public SchedulingGatesNested addNewSchedulingGateLike(V1PodSchedulingGate item) {
    return new SchedulingGatesNested(-1, item);
  }

  public SchedulingGatesNested setNewSchedulingGateLike(int index, V1PodSchedulingGate item) {
    return new SchedulingGatesNested(index, item);
  }

  public SchedulingGatesNested editSchedulingGate(int index) {
    if (this.schedulingGates == null || index < 0 || index >= this.schedulingGates.size()) {
      throw new IndexOutOfBoundsException("can't edit schedulingGates [" + index + "]");
    }
    return new SchedulingGatesNested(index, this.schedulingGates.get(index));
  }

  public SchedulingGatesNested editFirstSchedulingGate() {
    return editSchedulingGate(0);
  }

  public SchedulingGatesNested editLastSchedulingGate() {
    return editSchedulingGate(this.schedulingGates == null ? -1 : this.schedulingGates.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class SchedulingGatesNested extends V1PodSchedulingGateFluent<SchedulingGatesNested> {
    private final int index;

    SchedulingGatesNested(int index, V1PodSchedulingGate item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToSchedulingGates(index, toModel());
    }

    public A endSchedulingGate() {
      return and();
    }
  }

  public V1PodSchedulingGroup getSchedulingGroup() {
    return schedulingGroup;
  }

  public A withSchedulingGroup(V1PodSchedulingGroup schedulingGroup) {
    this.schedulingGroup = schedulingGroup;
    return self();
  }

  public boolean hasSchedulingGroup() {
    return schedulingGroup != null;
  }

  public V1PodSchedulingGroup buildSchedulingGroup() {
    return schedulingGroup;
  }

  public SchedulingGroupNested withNewSchedulingGroup() {
    return new SchedulingGroupNested(null);
  }

  public SchedulingGroupNested withNewSchedulingGroupLike(V1PodSchedulingGroup item) {
    return new SchedulingGroupNested(item);
  }

  public SchedulingGroupNested editSchedulingGroup() {
    return new SchedulingGroupNested(schedulingGroup);
  }

  public SchedulingGroupNested editOrNewSchedulingGroup() {
    return new SchedulingGroupNested(schedulingGroup != null ? schedulingGroup : new V1PodSchedulingGroup());
  }

  public SchedulingGroupNested editOrNewSchedulingGroupLike(V1PodSchedulingGroup item) {
    return new SchedulingGroupNested(schedulingGroup != null ? schedulingGroup : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SchedulingGroupNested extends V1PodSchedulingGroupFluent<SchedulingGroupNested> {
    SchedulingGroupNested(V1PodSchedulingGroup item) {
      super(item);
    }

    public A and() {
      return V1PodSpecFluent.this.withSchedulingGroup(toModel());
    }

    public A endSchedulingGroup() {
      return and();
    }
  }

  public V1PodSecurityContext getSecurityContext() {
    return securityContext;
  }

  public A withSecurityContext(V1PodSecurityContext securityContext) {
    this.securityContext = securityContext;
    return self();
  }

  public boolean hasSecurityContext() {
    return securityContext != null;
  }

  public V1PodSecurityContext buildSecurityContext() {
    return securityContext;
  }

  public SecurityContextNested withNewSecurityContext() {
    return new SecurityContextNested(null);
  }

  public SecurityContextNested withNewSecurityContextLike(V1PodSecurityContext item) {
    return new SecurityContextNested(item);
  }

  public SecurityContextNested editSecurityContext() {
    return new SecurityContextNested(securityContext);
  }

  public SecurityContextNested editOrNewSecurityContext() {
    return new SecurityContextNested(securityContext != null ? securityContext : new V1PodSecurityContext());
  }

  public SecurityContextNested editOrNewSecurityContextLike(V1PodSecurityContext item) {
    return new SecurityContextNested(securityContext != null ? securityContext : item);
  }

  /** The fluent of the new or edited value; {@link #and()} sets it. */
  public class SecurityContextNested extends V1PodSecurityContextFluent<SecurityContextNested> {
    SecurityContextNested(V1PodSecurityContext item) {
      super(item);
    }

    public A and() {
      return V1PodSpecFluent.this.withSecurityContext(toModel());
    }

    public A endSecurityContext() {
      return and();
    }
  }

  public String getServiceAccount() {
    return serviceAccount;
  }

  public A withServiceAccount(String serviceAccount) {
    this.serviceAccount = serviceAccount;
    return self();
  }

  public boolean hasServiceAccount() {
    return serviceAccount != null;
  }

  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public A withServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
    return self();
  }

  public boolean hasServiceAccountName() {
    return serviceAccountName != null;
  }

  public Boolean getSetHostnameAsFQDN() {
    return setHostnameAsFQDN;
  }

  public A withSetHostnameAsFQDN(Boolean setHostnameAsFQDN) {
    this.setHostnameAsFQDN = setHostnameAsFQDN;
    return self();
  }

  public boolean hasSetHostnameAsFQDN() {
    return setHostnameAsFQDN != null;
  }

  public Boolean getShareProcessNamespace() {
    return shareProcessNamespace;
  }

  public A withShareProcessNamespace(Boolean shareProcessNamespace) {
    this.shareProcessNamespace = shareProcessNamespace;
    return self();
  }

  public boolean hasShareProcessNamespace() {
    return shareProcessNamespace != null;
  }

  public String getSubdomain() {
    return subdomain;
  }

  public A withSubdomain(String subdomain) {
    this.subdomain = subdomain;
    return self();
  }

  public boolean hasSubdomain() {
    return subdomain != null;
  }

  public Long getTerminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds;
  }

  public A withTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
    return self();
  }

  public boolean hasTerminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds != null;
  }

  public List<V1Toleration> getTolerations() {
    return tolerations;
  }

  public A withTolerations(List<V1Toleration> tolerations) {
    this.tolerations = tolerations == null ? null : new ArrayList<>(tolerations);
    return self();
  }

  public boolean hasTolerations() {
    return tolerations != null;
  }

  public A withTolerations(V1Toleration... items) {
    this.tolerations = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTolerations(V1Toleration... items) {
    for (V1Toleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeFromTolerations(V1Toleration... items) {
    return removeAllFromTolerations(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTolerations(int index, V1Toleration item) {
    if (this.tolerations == null) {
      this.tolerations = new ArrayList<>();
    }
    if (index < 0 || index >= this.tolerations.size()) {
      this.tolerations.add(item);
    } else {
      this.tolerations.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTolerations(int index, V1Toleration item) {
    if (index < 0 || this.tolerations == null || index >= this.tolerations.size()) {
      return addToTolerations(-1, item);
    }
    this.tolerations.set(index, item);
    return self();
  }

  public A addAllToTolerations(Collection<V1Toleration> items) {
    for (V1Toleration item : items) {
      addToTolerations(-1, item);
    }
    return self();
  }

  public A removeAllFromTolerations(Collection<V1Toleration> items) {
    if (this.tolerations != null) {
      this.tolerations.removeAll(items);
    }
    return self();
  }

  public List<V1Toleration> buildTolerations() {
    return tolerations;
  }

  public V1Toleration buildToleration(int index) {
    return this.tolerations.get(index);
  }

  public TolerationsNested addNewToleration() {
    return new TolerationsNested(-1, null);
  }

  public TolerationsNested addNewTolerationLike(V1Toleration item) {
    return new TolerationsNested(-1, item);
  }

  public TolerationsNested setNewTolerationLike(int index, V1Toleration item) {
    return new TolerationsNested(index, item);
  }

  public TolerationsNested editToleration(int index) {
    if (this.tolerations == null || index < 0 || index >= this.tolerations.size()) {
      throw new IndexOutOfBoundsException("can't edit tolerations [" + index + "]");
    }
    return new TolerationsNested(index, this.tolerations.get(index));
  }

  public TolerationsNested editFirstToleration() {
    return editToleration(0);
  }

  public TolerationsNested editLastToleration() {
    return editToleration(this.tolerations == null ? -1 : this.tolerations.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TolerationsNested extends V1TolerationFluent<TolerationsNested> {
    private final int index;

    TolerationsNested(int index, V1Toleration item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToTolerations(index, toModel());
    }

    public A endToleration() {
      return and();
    }
  }

  public List<V1TopologySpreadConstraint> getTopologySpreadConstraints() {
    return topologySpreadConstraints;
  }

  public A withTopologySpreadConstraints(List<V1TopologySpreadConstraint> topologySpreadConstraints) {
    this.topologySpreadConstraints = topologySpreadConstraints == null ? null : new ArrayList<>(topologySpreadConstraints);
    return self();
  }

  public boolean hasTopologySpreadConstraints() {
    return topologySpreadConstraints != null;
  }

  public A withTopologySpreadConstraints(V1TopologySpreadConstraint... items) {
    this.topologySpreadConstraints = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToTopologySpreadConstraints(V1TopologySpreadConstraint... items) {
    for (V1TopologySpreadConstraint item : items) {
      addToTopologySpreadConstraints(-1, item);
    }
    return self();
  }

  public A removeFromTopologySpreadConstraints(V1TopologySpreadConstraint... items) {
    return removeAllFromTopologySpreadConstraints(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToTopologySpreadConstraints(int index, V1TopologySpreadConstraint item) {
    if (this.topologySpreadConstraints == null) {
      this.topologySpreadConstraints = new ArrayList<>();
    }
    if (index < 0 || index >= this.topologySpreadConstraints.size()) {
      this.topologySpreadConstraints.add(item);
    } else {
      this.topologySpreadConstraints.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToTopologySpreadConstraints(int index, V1TopologySpreadConstraint item) {
    if (index < 0 || this.topologySpreadConstraints == null || index >= this.topologySpreadConstraints.size()) {
      return addToTopologySpreadConstraints(-1, item);
    }
    this.topologySpreadConstraints.set(index, item);
    return self();
  }

  public A addAllToTopologySpreadConstraints(Collection<V1TopologySpreadConstraint> items) {
    for (V1TopologySpreadConstraint item : items) {
      addToTopologySpreadConstraints(-1, item);
    }
    return self();
  }

  public A removeAllFromTopologySpreadConstraints(Collection<V1TopologySpreadConstraint> items) {
    if (this.topologySpreadConstraints != null) {
      this.topologySpreadConstraints.removeAll(items);
    }
    return self();
  }

  public List<V1TopologySpreadConstraint> buildTopologySpreadConstraints() {
    return topologySpreadConstraints;
  }

  public V1TopologySpreadConstraint buildTopologySpreadConstraint(int index) {
    return this.topologySpreadConstraints.get(index);
  }

  public TopologySpreadConstraintsNested addNewTopologySpreadConstraint() {
    return new TopologySpreadConstraintsNested(-1, null);
  }

  public TopologySpreadConstraintsNested addNewTopologySpreadConstraintLike(V1TopologySpreadConstraint item) {
    return new TopologySpreadConstraintsNested(-1, item);
  }

  public TopologySpreadConstraintsNested setNewTopologySpreadConstraintLike(int index, V1TopologySpreadConstraint item) {
    return new TopologySpreadConstraintsNested(index, item);
  }

  public TopologySpreadConstraintsNested editTopologySpreadConstraint(int index) {
    if (this.topologySpreadConstraints == null || index < 0 || index >= this.topologySpreadConstraints.size()) {
      throw new IndexOutOfBoundsException("can't edit topologySpreadConstraints [" + index + "]");
    }
    return new TopologySpreadConstraintsNested(index, this.topologySpreadConstraints.get(index));
  }

  public TopologySpreadConstraintsNested editFirstTopologySpreadConstraint() {
    return editTopologySpreadConstraint(0);
  }

  public TopologySpreadConstraintsNested editLastTopologySpreadConstraint() {
    return editTopologySpreadConstraint(this.topologySpreadConstraints == null ? -1 : this.topologySpreadConstraints.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class TopologySpreadConstraintsNested extends V1TopologySpreadConstraintFluent<TopologySpreadConstraintsNested> {
    private final int index;

    TopologySpreadConstraintsNested(int index, V1TopologySpreadConstraint item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToTopologySpreadConstraints(index, toModel());
    }

    public A endTopologySpreadConstraint() {
      return and();
    }
  }

  public List<V1Volume> getVolumes() {
    return volumes;
  }

  public A withVolumes(List<V1Volume> volumes) {
    this.volumes = volumes == null ? null : new ArrayList<>(volumes);
    return self();
  }

  public boolean hasVolumes() {
    return volumes != null;
  }

  public A withVolumes(V1Volume... items) {
    this.volumes = new ArrayList<>(Arrays.asList(items));
    return self();
  }

  public A addToVolumes(V1Volume... items) {
    for (V1Volume item : items) {
      addToVolumes(-1, item);
    }
    return self();
  }

  public A removeFromVolumes(V1Volume... items) {
    return removeAllFromVolumes(Arrays.asList(items));
  }

  /** Inserts {@code item} at {@code index}; a negative index appends. */
  public A addToVolumes(int index, V1Volume item) {
    if (this.volumes == null) {
      this.volumes = new ArrayList<>();
    }
    if (index < 0 || index >= this.volumes.size()) {
      this.volumes.add(item);
    } else {
      this.volumes.add(index, item);
    }
    return self();
  }

  /** Replaces the item at {@code index}; a negative index appends. */
  public A setToVolumes(int index, V1Volume item) {
    if (index < 0 || this.volumes == null || index >= this.volumes.size()) {
      return addToVolumes(-1, item);
    }
    this.volumes.set(index, item);
    return self();
  }

  public A addAllToVolumes(Collection<V1Volume> items) {
    for (V1Volume item : items) {
      addToVolumes(-1, item);
    }
    return self();
  }

  public A removeAllFromVolumes(Collection<V1Volume> items) {
    if (this.volumes != null) {
      this.volumes.removeAll(items);
    }
    return self();
  }

  public List<V1Volume> buildVolumes() {
    return volumes;
  }

  public V1Volume buildVolume(int index) {
    return this.volumes.get(index);
  }

  public VolumesNested addNewVolume() {
    return new VolumesNested(-1, null);
  }

  public VolumesNested addNewVolumeLike(V1Volume item) {
    return new VolumesNested(-1, item);
  }

  public VolumesNested setNewVolumeLike(int index, V1Volume item) {
    return new VolumesNested(index, item);
  }

  public VolumesNested editVolume(int index) {
    if (this.volumes == null || index < 0 || index >= this.volumes.size()) {
      throw new IndexOutOfBoundsException("can't edit volumes [" + index + "]");
    }
    return new VolumesNested(index, this.volumes.get(index));
  }

  public VolumesNested editFirstVolume() {
    return editVolume(0);
  }

  public VolumesNested editLastVolume() {
    return editVolume(this.volumes == null ? -1 : this.volumes.size() - 1);
  }

  /** The fluent of one new or edited item; {@link #and()} puts it in the list. */
  public class VolumesNested extends V1VolumeFluent<VolumesNested> {
    private final int index;

    VolumesNested(int index, V1Volume item) {
      super(item);
      this.index = index;
    }

    public A and() {
      return V1PodSpecFluent.this.setToVolumes(index, toModel());
    }

    public A endVolume() {
      return and();
    }
  }
}
