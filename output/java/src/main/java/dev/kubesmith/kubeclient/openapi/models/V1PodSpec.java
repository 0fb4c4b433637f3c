package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PodSpec is a description of a pod.
 */
public class V1PodSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "activeDeadlineSeconds",
      "affinity",
      "automountServiceAccountToken",
      "containers",
      "dnsConfig",
      "dnsPolicy",
      "enableServiceLinks",
      "ephemeralContainers",
      "evictionResponders",
      "hostAliases",
      "hostIPC",
      "hostNetwork",
      "hostPID",
      "hostUsers",
      "hostname",
      "hostnameOverride",
      "imagePullSecrets",
      "initContainers",
      "nodeName",
      "nodeSelector",
      "os",
      "overhead",
      "preemptionPolicy",
      "priority",
      "priorityClassName",
      "readinessGates",
      "resourceClaims",
      "resources",
      "restartPolicy",
      "runtimeClassName",
      "schedulerName",
      "schedulingGates",
      "schedulingGroup",
      "securityContext",
      "serviceAccount",
      "serviceAccountName",
      "setHostnameAsFQDN",
      "shareProcessNamespace",
      "subdomain",
      "terminationGracePeriodSeconds",
      "tolerations",
      "topologySpreadConstraints",
      "volumes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodSpec> CODEC = new Codec<V1PodSpec>() {
    @Override
    public V1PodSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodSpec)");
      }
      V1PodSpec o = new V1PodSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.activeDeadlineSeconds = Codecs.INT64.read(p);
            break;
          case 1:
            o.affinity = V1Affinity.CODEC.read(p);
            break;
          case 2:
            o.automountServiceAccountToken = Codecs.BOOLEAN.read(p);
            break;
          case 3:
            o.containers = Codecs.listOf(V1Container.CODEC).read(p);
            break;
          case 4:
            o.dnsConfig = V1PodDNSConfig.CODEC.read(p);
            break;
          case 5:
            o.dnsPolicy = Codecs.STRING.read(p);
            break;
          case 6:
            o.enableServiceLinks = Codecs.BOOLEAN.read(p);
            break;
          case 7:
            o.ephemeralContainers = Codecs.listOf(V1EphemeralContainer.CODEC).read(p);
            break;
          case 8:
            o.evictionResponders = Codecs.listOf(V1EvictionResponder.CODEC).read(p);
            break;
          case 9:
            o.hostAliases = Codecs.listOf(V1HostAlias.CODEC).read(p);
            break;
          case 10:
            o.hostIPC = Codecs.BOOLEAN.read(p);
            break;
          case 11:
            o.hostNetwork = Codecs.BOOLEAN.read(p);
            break;
          case 12:
            o.hostPID = Codecs.BOOLEAN.read(p);
            break;
          case 13:
            o.hostUsers = Codecs.BOOLEAN.read(p);
            break;
          case 14:
            o.hostname = Codecs.STRING.read(p);
            break;
          case 15:
            o.hostnameOverride = Codecs.STRING.read(p);
            break;
          case 16:
            o.imagePullSecrets = Codecs.listOf(V1LocalObjectReference.CODEC).read(p);
            break;
          case 17:
            o.initContainers = Codecs.listOf(V1Container.CODEC).read(p);
            break;
          case 18:
            o.nodeName = Codecs.STRING.read(p);
            break;
          case 19:
            o.nodeSelector = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 20:
            o.os = V1PodOS.CODEC.read(p);
            break;
          case 21:
            o.overhead = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 22:
            o.preemptionPolicy = Codecs.STRING.read(p);
            break;
          case 23:
            o.priority = Codecs.INT32.read(p);
            break;
          case 24:
            o.priorityClassName = Codecs.STRING.read(p);
            break;
          case 25:
            o.readinessGates = Codecs.listOf(V1PodReadinessGate.CODEC).read(p);
            break;
          case 26:
            o.resourceClaims = Codecs.listOf(V1PodResourceClaim.CODEC).read(p);
            break;
          case 27:
            o.resources = V1ResourceRequirements.CODEC.read(p);
            break;
          case 28:
            o.restartPolicy = Codecs.STRING.read(p);
            break;
          case 29:
            o.runtimeClassName = Codecs.STRING.read(p);
            break;
          case 30:
            o.schedulerName = Codecs.STRING.read(p);
            break;
          case 31:
            o.schedulingGates = Codecs.listOf(V1PodSchedulingGate.CODEC).read(p);
            break;
          case 32:
            o.schedulingGroup = V1PodSchedulingGroup.CODEC.read(p);
            break;
          case 33:
            o.securityContext = V1PodSecurityContext.CODEC.read(p);
            break;
          case 34:
            o.serviceAccount = Codecs.STRING.read(p);
            break;
          case 35:
            o.serviceAccountName = Codecs.STRING.read(p);
            break;
          case 36:
            o.setHostnameAsFQDN = Codecs.BOOLEAN.read(p);
            break;
          case 37:
            o.shareProcessNamespace = Codecs.BOOLEAN.read(p);
            break;
          case 38:
            o.subdomain = Codecs.STRING.read(p);
            break;
          case 39:
            o.terminationGracePeriodSeconds = Codecs.INT64.read(p);
            break;
          case 40:
            o.tolerations = Codecs.listOf(V1Toleration.CODEC).read(p);
            break;
          case 41:
            o.topologySpreadConstraints = Codecs.listOf(V1TopologySpreadConstraint.CODEC).read(p);
            break;
          case 42:
            o.volumes = Codecs.listOf(V1Volume.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.activeDeadlineSeconds != null) {
        g.writeFieldName("activeDeadlineSeconds");
        Codecs.INT64.write(g, o.activeDeadlineSeconds);
      }
      if (o.affinity != null) {
        g.writeFieldName("affinity");
        V1Affinity.CODEC.write(g, o.affinity);
      }
      if (o.automountServiceAccountToken != null) {
        g.writeFieldName("automountServiceAccountToken");
        Codecs.BOOLEAN.write(g, o.automountServiceAccountToken);
      }
      if (o.containers != null) {
        g.writeFieldName("containers");
        Codecs.listOf(V1Container.CODEC).write(g, o.containers);
      }
      if (o.dnsConfig != null) {
        g.writeFieldName("dnsConfig");
        V1PodDNSConfig.CODEC.write(g, o.dnsConfig);
      }
      if (o.dnsPolicy != null) {
        g.writeFieldName("dnsPolicy");
        Codecs.STRING.write(g, o.dnsPolicy);
      }
      if (o.enableServiceLinks != null) {
        g.writeFieldName("enableServiceLinks");
        Codecs.BOOLEAN.write(g, o.enableServiceLinks);
      }
      if (o.ephemeralContainers != null) {
        g.writeFieldName("ephemeralContainers");
        Codecs.listOf(V1EphemeralContainer.CODEC).write(g, o.ephemeralContainers);
      }
      if (o.evictionResponders != null) {
        g.writeFieldName("evictionResponders");
        Codecs.listOf(V1EvictionResponder.CODEC).write(g, o.evictionResponders);
      }
      if (o.hostAliases != null) {
        g.writeFieldName("hostAliases");
        Codecs.listOf(V1HostAlias.CODEC).write(g, o.hostAliases);
      }
      if (o.hostIPC != null) {
        g.writeFieldName("hostIPC");
        Codecs.BOOLEAN.write(g, o.hostIPC);
      }
      if (o.hostNetwork != null) {
        g.writeFieldName("hostNetwork");
        Codecs.BOOLEAN.write(g, o.hostNetwork);
      }
      if (o.hostPID != null) {
        g.writeFieldName("hostPID");
        Codecs.BOOLEAN.write(g, o.hostPID);
      }
      if (o.hostUsers != null) {
        g.writeFieldName("hostUsers");
        Codecs.BOOLEAN.write(g, o.hostUsers);
      }
      if (o.hostname != null) {
        g.writeFieldName("hostname");
        Codecs.STRING.write(g, o.hostname);
      }
      if (o.hostnameOverride != null) {
        g.writeFieldName("hostnameOverride");
        Codecs.STRING.write(g, o.hostnameOverride);
      }
      if (o.imagePullSecrets != null) {
        g.writeFieldName("imagePullSecrets");
        Codecs.listOf(V1LocalObjectReference.CODEC).write(g, o.imagePullSecrets);
      }
      if (o.initContainers != null) {
        g.writeFieldName("initContainers");
        Codecs.listOf(V1Container.CODEC).write(g, o.initContainers);
      }
      if (o.nodeName != null) {
        g.writeFieldName("nodeName");
        Codecs.STRING.write(g, o.nodeName);
      }
      if (o.nodeSelector != null) {
        g.writeFieldName("nodeSelector");
        Codecs.mapOf(Codecs.STRING).write(g, o.nodeSelector);
      }
      if (o.os != null) {
        g.writeFieldName("os");
        V1PodOS.CODEC.write(g, o.os);
      }
      if (o.overhead != null) {
        g.writeFieldName("overhead");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.overhead);
      }
      if (o.preemptionPolicy != null) {
        g.writeFieldName("preemptionPolicy");
        Codecs.STRING.write(g, o.preemptionPolicy);
      }
      if (o.priority != null) {
        g.writeFieldName("priority");
        Codecs.INT32.write(g, o.priority);
      }
      if (o.priorityClassName != null) {
        g.writeFieldName("priorityClassName");
        Codecs.STRING.write(g, o.priorityClassName);
      }
      if (o.readinessGates != null) {
        g.writeFieldName("readinessGates");
        Codecs.listOf(V1PodReadinessGate.CODEC).write(g, o.readinessGates);
      }
      if (o.resourceClaims != null) {
        g.writeFieldName("resourceClaims");
        Codecs.listOf(V1PodResourceClaim.CODEC).write(g, o.resourceClaims);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        V1ResourceRequirements.CODEC.write(g, o.resources);
      }
      if (o.restartPolicy != null) {
        g.writeFieldName("restartPolicy");
        Codecs.STRING.write(g, o.restartPolicy);
      }
      if (o.runtimeClassName != null) {
        g.writeFieldName("runtimeClassName");
        Codecs.STRING.write(g, o.runtimeClassName);
      }
      if (o.schedulerName != null) {
        g.writeFieldName("schedulerName");
        Codecs.STRING.write(g, o.schedulerName);
      }
      if (o.schedulingGates != null) {
        g.writeFieldName("schedulingGates");
        Codecs.listOf(V1PodSchedulingGate.CODEC).write(g, o.schedulingGates);
      }
      if (o.schedulingGroup != null) {
        g.writeFieldName("schedulingGroup");
        V1PodSchedulingGroup.CODEC.write(g, o.schedulingGroup);
      }
      if (o.securityContext != null) {
        g.writeFieldName("securityContext");
        V1PodSecurityContext.CODEC.write(g, o.securityContext);
      }
      if (o.serviceAccount != null) {
        g.writeFieldName("serviceAccount");
        Codecs.STRING.write(g, o.serviceAccount);
      }
      if (o.serviceAccountName != null) {
        g.writeFieldName("serviceAccountName");
        Codecs.STRING.write(g, o.serviceAccountName);
      }
      if (o.setHostnameAsFQDN != null) {
        g.writeFieldName("setHostnameAsFQDN");
        Codecs.BOOLEAN.write(g, o.setHostnameAsFQDN);
      }
      if (o.shareProcessNamespace != null) {
        g.writeFieldName("shareProcessNamespace");
        Codecs.BOOLEAN.write(g, o.shareProcessNamespace);
      }
      if (o.subdomain != null) {
        g.writeFieldName("subdomain");
        Codecs.STRING.write(g, o.subdomain);
      }
      if (o.terminationGracePeriodSeconds != null) {
        g.writeFieldName("terminationGracePeriodSeconds");
        Codecs.INT64.write(g, o.terminationGracePeriodSeconds);
      }
      if (o.tolerations != null) {
        g.writeFieldName("tolerations");
        Codecs.listOf(V1Toleration.CODEC).write(g, o.tolerations);
      }
      if (o.topologySpreadConstraints != null) {
        g.writeFieldName("topologySpreadConstraints");
        Codecs.listOf(V1TopologySpreadConstraint.CODEC).write(g, o.topologySpreadConstraints);
      }
      if (o.volumes != null) {
        g.writeFieldName("volumes");
        Codecs.listOf(V1Volume.CODEC).write(g, o.volumes);
      }
      g.writeEndObject();
    }
  };

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

  public V1PodSpec activeDeadlineSeconds(Long activeDeadlineSeconds) {
    this.activeDeadlineSeconds = activeDeadlineSeconds;
    return this;
  }

  /**
   * Optional duration in seconds the pod may be active on the node relative to StartTime before
   * the system will actively try to mark it failed and kill associated containers. Value must be
   * a positive integer.
   *
   * @return activeDeadlineSeconds
   */
  public Long getActiveDeadlineSeconds() {
    return activeDeadlineSeconds;
  }

  public void setActiveDeadlineSeconds(Long activeDeadlineSeconds) {
    this.activeDeadlineSeconds = activeDeadlineSeconds;
  }

  public V1PodSpec affinity(V1Affinity affinity) {
    this.affinity = affinity;
    return this;
  }

  /**
   * If specified, the pod's scheduling constraints
   *
   * @return affinity
   */
  public V1Affinity getAffinity() {
    return affinity;
  }

  public void setAffinity(V1Affinity affinity) {
    this.affinity = affinity;
  }

  public V1PodSpec automountServiceAccountToken(Boolean automountServiceAccountToken) {
    this.automountServiceAccountToken = automountServiceAccountToken;
    return this;
  }

  /**
   * AutomountServiceAccountToken indicates whether a service account token should be
   * automatically mounted.
   *
   * @return automountServiceAccountToken
   */
  public Boolean getAutomountServiceAccountToken() {
    return automountServiceAccountToken;
  }

  public void setAutomountServiceAccountToken(Boolean automountServiceAccountToken) {
    this.automountServiceAccountToken = automountServiceAccountToken;
  }

  public V1PodSpec containers(List<V1Container> containers) {
    this.containers = containers;
    return this;
  }

  public V1PodSpec addContainersItem(V1Container item) {
    if (this.containers == null) {
      this.containers = new ArrayList<>();
    }
    this.containers.add(item);
    return this;
  }

  /**
   * List of containers belonging to the pod. Containers cannot currently be added or removed.
   * There must be at least one container in a Pod. Cannot be updated.
   *
   * @return containers
   */
  public List<V1Container> getContainers() {
    return containers;
  }

  public void setContainers(List<V1Container> containers) {
    this.containers = containers;
  }

  public V1PodSpec dnsConfig(V1PodDNSConfig dnsConfig) {
    this.dnsConfig = dnsConfig;
    return this;
  }

  /**
   * Specifies the DNS parameters of a pod. Parameters specified here will be merged to the
   * generated DNS configuration based on DNSPolicy.
   *
   * @return dnsConfig
   */
  public V1PodDNSConfig getDnsConfig() {
    return dnsConfig;
  }

  public void setDnsConfig(V1PodDNSConfig dnsConfig) {
    this.dnsConfig = dnsConfig;
  }

  public V1PodSpec dnsPolicy(String dnsPolicy) {
    this.dnsPolicy = dnsPolicy;
    return this;
  }

  /**
   * Set DNS policy for the pod. Defaults to "ClusterFirst". Valid values are
   * 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in
   * DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set
   * along with hostNetwork, you have to specify DNS policy explicitly to
   * 'ClusterFirstWithHostNet'.
   *
   * @return dnsPolicy
   */
  public String getDnsPolicy() {
    return dnsPolicy;
  }

  public void setDnsPolicy(String dnsPolicy) {
    this.dnsPolicy = dnsPolicy;
  }

  public V1PodSpec enableServiceLinks(Boolean enableServiceLinks) {
    this.enableServiceLinks = enableServiceLinks;
    return this;
  }

  /**
   * EnableServiceLinks indicates whether information about services should be injected into
   * pod's environment variables, matching the syntax of Docker links. Optional: Defaults to
   * true.
   *
   * @return enableServiceLinks
   */
  public Boolean getEnableServiceLinks() {
    return enableServiceLinks;
  }

  public void setEnableServiceLinks(Boolean enableServiceLinks) {
    this.enableServiceLinks = enableServiceLinks;
  }

  public V1PodSpec ephemeralContainers(List<V1EphemeralContainer> ephemeralContainers) {
    this.ephemeralContainers = ephemeralContainers;
    return this;
  }

  public V1PodSpec addEphemeralContainersItem(V1EphemeralContainer item) {
    if (this.ephemeralContainers == null) {
      this.ephemeralContainers = new ArrayList<>();
    }
    this.ephemeralContainers.add(item);
    return this;
  }

  /**
   * List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing
   * pod to perform user-initiated actions such as debugging. This list cannot be specified when
   * creating a pod, and it cannot be modified by updating the pod spec. In order to add an
   * ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource.
   *
   * @return ephemeralContainers
   */
  public List<V1EphemeralContainer> getEphemeralContainers() {
    return ephemeralContainers;
  }

  public void setEphemeralContainers(List<V1EphemeralContainer> ephemeralContainers) {
    this.ephemeralContainers = ephemeralContainers;
  }

  public V1PodSpec evictionResponders(List<V1EvictionResponder> evictionResponders) {
    this.evictionResponders = evictionResponders;
    return this;
  }

  public V1PodSpec addEvictionRespondersItem(V1EvictionResponder item) {
    if (this.evictionResponders == null) {
      this.evictionResponders = new ArrayList<>();
    }
    this.evictionResponders.add(item);
    return this;
  }

  /**
   * evictionResponders reference responders that react to Evictions based on EvictionRequests.
   * Responders should observe and communicate through the Eviction Resource API to help with the
   * graceful termination of a pod. The responders are selected sequentially, according to their
   * specified priority.
   *
   * Responders should periodically report on an eviction progress by updating the
   * .status.responders[].heartbeatTime field of the Eviction object. If this field is not
   * updated within the heartbeat deadline defined by the Eviction API (currently 20 minutes),
   * the eviction is passed over to the next responder with a lower priority. If there is no
   * other responder, the last default imperative-eviction.k8s.io/evictor responder with a
   * priority of 100 will evict the pod using the imperative Eviction API
   * (pods/&lt;name&gt;/eviction subresource).
   *
   * The maximum length of the responders list is 10. Responders are not supported when the pod
   * is part of a PodGroup (.spec.schedulingGroup is set). This field can only be set on creation
   * and is immutable afterwards.
   *
   * @return evictionResponders
   */
  public List<V1EvictionResponder> getEvictionResponders() {
    return evictionResponders;
  }

  public void setEvictionResponders(List<V1EvictionResponder> evictionResponders) {
    this.evictionResponders = evictionResponders;
  }

  public V1PodSpec hostAliases(List<V1HostAlias> hostAliases) {
    this.hostAliases = hostAliases;
    return this;
  }

  public V1PodSpec addHostAliasesItem(V1HostAlias item) {
    if (this.hostAliases == null) {
      this.hostAliases = new ArrayList<>();
    }
    this.hostAliases.add(item);
    return this;
  }

  /**
   * HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts
   * file if specified.
   *
   * @return hostAliases
   */
  public List<V1HostAlias> getHostAliases() {
    return hostAliases;
  }

  public void setHostAliases(List<V1HostAlias> hostAliases) {
    this.hostAliases = hostAliases;
  }

  public V1PodSpec hostIPC(Boolean hostIPC) {
    this.hostIPC = hostIPC;
    return this;
  }

  /**
   * Use the host's ipc namespace. Optional: Default to false.
   *
   * @return hostIPC
   */
  public Boolean getHostIPC() {
    return hostIPC;
  }

  public void setHostIPC(Boolean hostIPC) {
    this.hostIPC = hostIPC;
  }

  public V1PodSpec hostNetwork(Boolean hostNetwork) {
    this.hostNetwork = hostNetwork;
    return this;
  }

  /**
   * Host networking requested for this pod. Use the host's network namespace. When using
   * HostNetwork you should specify ports so the scheduler is aware. When `hostNetwork` is true,
   * specified `hostPort` fields in port definitions must match `containerPort`, and unspecified
   * `hostPort` fields in port definitions are defaulted to match `containerPort`. Default to
   * false.
   *
   * @return hostNetwork
   */
  public Boolean getHostNetwork() {
    return hostNetwork;
  }

  public void setHostNetwork(Boolean hostNetwork) {
    this.hostNetwork = hostNetwork;
  }

  public V1PodSpec hostPID(Boolean hostPID) {
    this.hostPID = hostPID;
    return this;
  }

  /**
   * Use the host's pid namespace. Optional: Default to false.
   *
   * @return hostPID
   */
  public Boolean getHostPID() {
    return hostPID;
  }

  public void setHostPID(Boolean hostPID) {
    this.hostPID = hostPID;
  }

  public V1PodSpec hostUsers(Boolean hostUsers) {
    this.hostUsers = hostUsers;
    return this;
  }

  /**
   * Use the host's user namespace. Optional: Default to true. If set to true or not present, the
   * pod will be run in the host user namespace, useful for when the pod needs a feature only
   * available to the host user namespace, such as loading a kernel module with CAP_SYS_MODULE.
   * When set to false, a new userns is created for the pod. Setting false is useful for
   * mitigating container breakout vulnerabilities even allowing users to run their containers as
   * root without actually having root privileges on the host.
   *
   * @return hostUsers
   */
  public Boolean getHostUsers() {
    return hostUsers;
  }

  public void setHostUsers(Boolean hostUsers) {
    this.hostUsers = hostUsers;
  }

  public V1PodSpec hostname(String hostname) {
    this.hostname = hostname;
    return this;
  }

  /**
   * Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a
   * system-defined value.
   *
   * @return hostname
   */
  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public V1PodSpec hostnameOverride(String hostnameOverride) {
    this.hostnameOverride = hostnameOverride;
    return this;
  }

  /**
   * HostnameOverride specifies an explicit override for the pod's hostname as perceived by the
   * pod. This field only specifies the pod's hostname and does not affect its DNS records. When
   * this field is set to a non-empty string: - It takes precedence over the values set in
   * `hostname` and `subdomain`. - The Pod's hostname will be set to this value. -
   * `setHostnameAsFQDN` must be nil or set to false. - `hostNetwork` must be set to false.
   *
   * This field must be a valid DNS subdomain as defined in RFC 1123 and contain at most 64
   * characters.
   *
   * @return hostnameOverride
   */
  public String getHostnameOverride() {
    return hostnameOverride;
  }

  public void setHostnameOverride(String hostnameOverride) {
    this.hostnameOverride = hostnameOverride;
  }

  public V1PodSpec imagePullSecrets(List<V1LocalObjectReference> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets;
    return this;
  }

  public V1PodSpec addImagePullSecretsItem(V1LocalObjectReference item) {
    if (this.imagePullSecrets == null) {
      this.imagePullSecrets = new ArrayList<>();
    }
    this.imagePullSecrets.add(item);
    return this;
  }

  /**
   * ImagePullSecrets is an optional list of references to secrets in the same namespace to use
   * for pulling any of the images used by this PodSpec. If specified, these secrets will be
   * passed to individual puller implementations for them to use. More info:
   * https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod
   *
   * @return imagePullSecrets
   */
  public List<V1LocalObjectReference> getImagePullSecrets() {
    return imagePullSecrets;
  }

  public void setImagePullSecrets(List<V1LocalObjectReference> imagePullSecrets) {
    this.imagePullSecrets = imagePullSecrets;
  }

  public V1PodSpec initContainers(List<V1Container> initContainers) {
    this.initContainers = initContainers;
    return this;
  }

  public V1PodSpec addInitContainersItem(V1Container item) {
    if (this.initContainers == null) {
      this.initContainers = new ArrayList<>();
    }
    this.initContainers.add(item);
    return this;
  }

  /**
   * List of initialization containers belonging to the pod. Init containers are executed in
   * order prior to containers being started. If any init container fails, the pod is considered
   * to have failed and is handled according to its restartPolicy. The name for an init container
   * or normal container must be unique among all containers. Init containers may not have
   * Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The
   * resourceRequirements of an init container are taken into account during scheduling by
   * finding the highest request/limit for each resource type, and then using the max of that
   * value or the sum of the normal containers. Limits are applied to init containers in a
   * similar fashion. Init containers cannot currently be added or removed. Cannot be updated.
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/
   *
   * @return initContainers
   */
  public List<V1Container> getInitContainers() {
    return initContainers;
  }

  public void setInitContainers(List<V1Container> initContainers) {
    this.initContainers = initContainers;
  }

  public V1PodSpec nodeName(String nodeName) {
    this.nodeName = nodeName;
    return this;
  }

  /**
   * NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate
   * for scheduling by the scheduler defined in schedulerName. Once this field is set, the
   * kubelet for this node becomes responsible for the lifecycle of this pod. This field should
   * not be used to express a desire for the pod to be scheduled on a specific node.
   * https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename
   *
   * @return nodeName
   */
  public String getNodeName() {
    return nodeName;
  }

  public void setNodeName(String nodeName) {
    this.nodeName = nodeName;
  }

  public V1PodSpec nodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector;
    return this;
  }

  public V1PodSpec putNodeSelectorItem(String key, String item) {
    if (this.nodeSelector == null) {
      this.nodeSelector = new LinkedHashMap<>();
    }
    this.nodeSelector.put(key, item);
    return this;
  }

  /**
   * NodeSelector is a selector which must be true for the pod to fit on a node. Selector which
   * must match a node's labels for the pod to be scheduled on that node. More info:
   * https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
   *
   * @return nodeSelector
   */
  public Map<String, String> getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector;
  }

  public V1PodSpec os(V1PodOS os) {
    this.os = os;
    return this;
  }

  /**
   * Specifies the OS of the containers in the pod. Some pod and container fields are restricted
   * if this is set.
   *
   * If the OS field is set to linux, the following fields must be unset:
   * -securityContext.windowsOptions
   *
   * If the OS field is set to windows, following fields must be unset: - spec.hostPID -
   * spec.hostIPC - spec.hostUsers - spec.resources - spec.securityContext.appArmorProfile -
   * spec.securityContext.seLinuxOptions - spec.securityContext.seccompProfile -
   * spec.securityContext.fsGroup - spec.securityContext.fsGroupChangePolicy -
   * spec.securityContext.sysctls - spec.shareProcessNamespace - spec.securityContext.runAsUser -
   * spec.securityContext.runAsGroup - spec.securityContext.supplementalGroups -
   * spec.securityContext.supplementalGroupsPolicy -
   * spec.containers[*].securityContext.appArmorProfile -
   * spec.containers[*].securityContext.seLinuxOptions -
   * spec.containers[*].securityContext.seccompProfile -
   * spec.containers[*].securityContext.capabilities -
   * spec.containers[*].securityContext.readOnlyRootFilesystem -
   * spec.containers[*].securityContext.privileged -
   * spec.containers[*].securityContext.allowPrivilegeEscalation -
   * spec.containers[*].securityContext.procMount - spec.containers[*].securityContext.runAsUser
   * - spec.containers[*].securityContext.runAsGroup
   *
   * @return os
   */
  public V1PodOS getOs() {
    return os;
  }

  public void setOs(V1PodOS os) {
    this.os = os;
  }

  public V1PodSpec overhead(Map<String, Quantity> overhead) {
    this.overhead = overhead;
    return this;
  }

  public V1PodSpec putOverheadItem(String key, Quantity item) {
    if (this.overhead == null) {
      this.overhead = new LinkedHashMap<>();
    }
    this.overhead.put(key, item);
    return this;
  }

  /**
   * Overhead represents the resource overhead associated with running a pod for a given
   * RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass
   * admission controller. If the RuntimeClass admission controller is enabled, overhead must not
   * be set in Pod create requests. The RuntimeClass admission controller will reject Pod create
   * requests which have the overhead already set. If RuntimeClass is configured and selected in
   * the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass,
   * otherwise it will remain unset and treated as zero. More info:
   * https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md
   *
   * @return overhead
   */
  public Map<String, Quantity> getOverhead() {
    return overhead;
  }

  public void setOverhead(Map<String, Quantity> overhead) {
    this.overhead = overhead;
  }

  public V1PodSpec preemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
    return this;
  }

  /**
   * PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never,
   * PreemptLowerPriority. When Priority Admission Controller is enabled, it prevents users from
   * setting this field. The admission controller populates this field from PriorityClassName.
   * Defaults to PreemptLowerPriority if unset.
   *
   * @return preemptionPolicy
   */
  public String getPreemptionPolicy() {
    return preemptionPolicy;
  }

  public void setPreemptionPolicy(String preemptionPolicy) {
    this.preemptionPolicy = preemptionPolicy;
  }

  public V1PodSpec priority(Integer priority) {
    this.priority = priority;
    return this;
  }

  /**
   * The priority value. Various system components use this field to find the priority of the
   * pod. When Priority Admission Controller is enabled, it prevents users from setting this
   * field. The admission controller populates this field from PriorityClassName. The higher the
   * value, the higher the priority.
   *
   * @return priority
   */
  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public V1PodSpec priorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
    return this;
  }

  /**
   * If specified, indicates the pod's priority. "system-node-critical" and
   * "system-cluster-critical" are two special keywords which indicate the highest priorities
   * with the former being the highest priority. Any other name must be defined by creating a
   * PriorityClass object with that name. If not specified, the pod priority will be default or
   * zero if there is no default.
   *
   * @return priorityClassName
   */
  public String getPriorityClassName() {
    return priorityClassName;
  }

  public void setPriorityClassName(String priorityClassName) {
    this.priorityClassName = priorityClassName;
  }

  public V1PodSpec readinessGates(List<V1PodReadinessGate> readinessGates) {
    this.readinessGates = readinessGates;
    return this;
  }

  public V1PodSpec addReadinessGatesItem(V1PodReadinessGate item) {
    if (this.readinessGates == null) {
      this.readinessGates = new ArrayList<>();
    }
    this.readinessGates.add(item);
    return this;
  }

  /**
   * If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when
   * all its containers are ready AND all conditions specified in the readiness gates have status
   * equal to "True" More info:
   * https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates
   *
   * @return readinessGates
   */
  public List<V1PodReadinessGate> getReadinessGates() {
    return readinessGates;
  }

  public void setReadinessGates(List<V1PodReadinessGate> readinessGates) {
    this.readinessGates = readinessGates;
  }

  public V1PodSpec resourceClaims(List<V1PodResourceClaim> resourceClaims) {
    this.resourceClaims = resourceClaims;
    return this;
  }

  public V1PodSpec addResourceClaimsItem(V1PodResourceClaim item) {
    if (this.resourceClaims == null) {
      this.resourceClaims = new ArrayList<>();
    }
    this.resourceClaims.add(item);
    return this;
  }

  /**
   * ResourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is
   * allowed to start. The resources will be made available to those containers which consume
   * them by name.
   *
   * This is a stable field but requires that the DynamicResourceAllocation feature gate is
   * enabled.
   *
   * This field is immutable.
   *
   * @return resourceClaims
   */
  public List<V1PodResourceClaim> getResourceClaims() {
    return resourceClaims;
  }

  public void setResourceClaims(List<V1PodResourceClaim> resourceClaims) {
    this.resourceClaims = resourceClaims;
  }

  public V1PodSpec resources(V1ResourceRequirements resources) {
    this.resources = resources;
    return this;
  }

  /**
   * Resources is the total amount of CPU and Memory resources required by all containers in the
   * pod. It supports specifying Requests and Limits for "cpu", "memory" and "hugepages-"
   * resource names only. ResourceClaims are not supported.
   *
   * This field enables fine-grained control over resource allocation for the entire pod,
   * allowing resource sharing among containers in a pod.
   *
   * This is an alpha field and requires enabling the PodLevelResources feature gate.
   *
   * @return resources
   */
  public V1ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(V1ResourceRequirements resources) {
    this.resources = resources;
  }

  public V1PodSpec restartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
    return this;
  }

  /**
   * Restart policy for all containers within the pod. One of Always, OnFailure, Never. In some
   * contexts, only a subset of those values may be permitted. Default to Always. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy
   *
   * @return restartPolicy
   */
  public String getRestartPolicy() {
    return restartPolicy;
  }

  public void setRestartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
  }

  public V1PodSpec runtimeClassName(String runtimeClassName) {
    this.runtimeClassName = runtimeClassName;
    return this;
  }

  /**
   * RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be
   * used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not
   * be run. If unset or empty, the "legacy" RuntimeClass will be used, which is an implicit
   * class with an empty definition that uses the default runtime handler. More info:
   * https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class
   *
   * @return runtimeClassName
   */
  public String getRuntimeClassName() {
    return runtimeClassName;
  }

  public void setRuntimeClassName(String runtimeClassName) {
    this.runtimeClassName = runtimeClassName;
  }

  public V1PodSpec schedulerName(String schedulerName) {
    this.schedulerName = schedulerName;
    return this;
  }

  /**
   * If specified, the pod will be dispatched by specified scheduler. If not specified, the pod
   * will be dispatched by default scheduler.
   *
   * @return schedulerName
   */
  public String getSchedulerName() {
    return schedulerName;
  }

  public void setSchedulerName(String schedulerName) {
    this.schedulerName = schedulerName;
  }

  public V1PodSpec schedulingGates(List<V1PodSchedulingGate> schedulingGates) {
    this.schedulingGates = schedulingGates;
    return this;
  }

  public V1PodSpec addSchedulingGatesItem(V1PodSchedulingGate item) {
    if (this.schedulingGates == null) {
      this.schedulingGates = new ArrayList<>();
    }
    this.schedulingGates.add(item);
    return this;
  }

  /**
   * SchedulingGates is an opaque list of values that if specified will block scheduling the pod.
   * If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the
   * scheduler will not attempt to schedule the pod.
   *
   * SchedulingGates can only be set at pod creation time, and be removed only afterwards.
   *
   * @return schedulingGates
   */
  public List<V1PodSchedulingGate> getSchedulingGates() {
    return schedulingGates;
  }

  public void setSchedulingGates(List<V1PodSchedulingGate> schedulingGates) {
    this.schedulingGates = schedulingGates;
  }

  public V1PodSpec schedulingGroup(V1PodSchedulingGroup schedulingGroup) {
    this.schedulingGroup = schedulingGroup;
    return this;
  }

  /**
   * SchedulingGroup provides a reference to the immediate scheduling runtime grouping object
   * that this Pod belongs to. This field is used by the scheduler to identify the group and
   * apply the correct group scheduling policies. The association with a group also impacts other
   * lifecycle aspects of a Pod that are relevant in a wider context of scheduling like
   * preemption, resource attachment, etc. If not specified, the Pod is treated as a single unit
   * in all of these aspects. The group object referenced by this field may not exist at the time
   * the Pod is created. This field is immutable, but a group object with the same name may be
   * recreated with different policies. Doing this during pod scheduling may result in the
   * placement not conforming to the expected policies.
   *
   * @return schedulingGroup
   */
  public V1PodSchedulingGroup getSchedulingGroup() {
    return schedulingGroup;
  }

  public void setSchedulingGroup(V1PodSchedulingGroup schedulingGroup) {
    this.schedulingGroup = schedulingGroup;
  }

  public V1PodSpec securityContext(V1PodSecurityContext securityContext) {
    this.securityContext = securityContext;
    return this;
  }

  /**
   * SecurityContext holds pod-level security attributes and common container settings. Optional:
   * Defaults to empty.  See type description for default values of each field.
   *
   * @return securityContext
   */
  public V1PodSecurityContext getSecurityContext() {
    return securityContext;
  }

  public void setSecurityContext(V1PodSecurityContext securityContext) {
    this.securityContext = securityContext;
  }

  public V1PodSpec serviceAccount(String serviceAccount) {
    this.serviceAccount = serviceAccount;
    return this;
  }

  /**
   * DeprecatedServiceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use
   * serviceAccountName instead.
   *
   * @return serviceAccount
   */
  public String getServiceAccount() {
    return serviceAccount;
  }

  public void setServiceAccount(String serviceAccount) {
    this.serviceAccount = serviceAccount;
  }

  public V1PodSpec serviceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
    return this;
  }

  /**
   * ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info:
   * https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
   *
   * @return serviceAccountName
   */
  public String getServiceAccountName() {
    return serviceAccountName;
  }

  public void setServiceAccountName(String serviceAccountName) {
    this.serviceAccountName = serviceAccountName;
  }

  public V1PodSpec setHostnameAsFQDN(Boolean setHostnameAsFQDN) {
    this.setHostnameAsFQDN = setHostnameAsFQDN;
    return this;
  }

  /**
   * If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name
   * (the default). In Linux containers, this means setting the FQDN in the hostname field of the
   * kernel (the nodename field of struct utsname). In Windows containers, this means setting the
   * registry value of hostname for the registry key
   * HKEY_LOCAL_MACHINE&#92;&#92;SYSTEM&#92;&#92;CurrentControlSet&#92;&#92;Services&#92;&#92;Tcpip&#92;&#92;Parameters
   * to FQDN. If a pod does not have FQDN, this has no effect. Default to false.
   *
   * @return setHostnameAsFQDN
   */
  public Boolean getSetHostnameAsFQDN() {
    return setHostnameAsFQDN;
  }

  public void setSetHostnameAsFQDN(Boolean setHostnameAsFQDN) {
    this.setHostnameAsFQDN = setHostnameAsFQDN;
  }

  public V1PodSpec shareProcessNamespace(Boolean shareProcessNamespace) {
    this.shareProcessNamespace = shareProcessNamespace;
    return this;
  }

  /**
   * Share a single process namespace between all of the containers in a pod. When this is set
   * containers will be able to view and signal processes from other containers in the same pod,
   * and the first process in each container will not be assigned PID 1. HostPID and
   * ShareProcessNamespace cannot both be set. Optional: Default to false.
   *
   * @return shareProcessNamespace
   */
  public Boolean getShareProcessNamespace() {
    return shareProcessNamespace;
  }

  public void setShareProcessNamespace(Boolean shareProcessNamespace) {
    this.shareProcessNamespace = shareProcessNamespace;
  }

  public V1PodSpec subdomain(String subdomain) {
    this.subdomain = subdomain;
    return this;
  }

  /**
   * If specified, the fully qualified Pod hostname will be
   * "&lt;hostname&gt;.&lt;subdomain&gt;.&lt;pod namespace&gt;.svc.&lt;cluster domain&gt;". If
   * not specified, the pod will not have a domainname at all.
   *
   * @return subdomain
   */
  public String getSubdomain() {
    return subdomain;
  }

  public void setSubdomain(String subdomain) {
    this.subdomain = subdomain;
  }

  public V1PodSpec terminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
    return this;
  }

  /**
   * Optional duration in seconds the pod needs to terminate gracefully. May be decreased in
   * delete request. Value must be non-negative integer. The value zero indicates stop
   * immediately via the kill signal (no opportunity to shut down). If this value is nil, the
   * default grace period will be used instead. The grace period is the duration in seconds after
   * the processes running in the pod are sent a termination signal and the time when the
   * processes are forcibly halted with a kill signal. Set this value longer than the expected
   * cleanup time for your process. Defaults to 30 seconds.
   *
   * @return terminationGracePeriodSeconds
   */
  public Long getTerminationGracePeriodSeconds() {
    return terminationGracePeriodSeconds;
  }

  public void setTerminationGracePeriodSeconds(Long terminationGracePeriodSeconds) {
    this.terminationGracePeriodSeconds = terminationGracePeriodSeconds;
  }

  public V1PodSpec tolerations(List<V1Toleration> tolerations) {
    this.tolerations = tolerations;
    return this;
  }

  public V1PodSpec addTolerationsItem(V1Toleration item) {
    if (this.tolerations == null) {
      this.tolerations = new ArrayList<>();
    }
    this.tolerations.add(item);
    return this;
  }

  /**
   * If specified, the pod's tolerations.
   *
   * @return tolerations
   */
  public List<V1Toleration> getTolerations() {
    return tolerations;
  }

  public void setTolerations(List<V1Toleration> tolerations) {
    this.tolerations = tolerations;
  }

  public V1PodSpec topologySpreadConstraints(List<V1TopologySpreadConstraint> topologySpreadConstraints) {
    this.topologySpreadConstraints = topologySpreadConstraints;
    return this;
  }

  public V1PodSpec addTopologySpreadConstraintsItem(V1TopologySpreadConstraint item) {
    if (this.topologySpreadConstraints == null) {
      this.topologySpreadConstraints = new ArrayList<>();
    }
    this.topologySpreadConstraints.add(item);
    return this;
  }

  /**
   * TopologySpreadConstraints describes how a group of pods ought to spread across topology
   * domains. Scheduler will schedule pods in a way which abides by the constraints. All
   * topologySpreadConstraints are ANDed.
   *
   * @return topologySpreadConstraints
   */
  public List<V1TopologySpreadConstraint> getTopologySpreadConstraints() {
    return topologySpreadConstraints;
  }

  public void setTopologySpreadConstraints(List<V1TopologySpreadConstraint> topologySpreadConstraints) {
    this.topologySpreadConstraints = topologySpreadConstraints;
  }

  public V1PodSpec volumes(List<V1Volume> volumes) {
    this.volumes = volumes;
    return this;
  }

  public V1PodSpec addVolumesItem(V1Volume item) {
    if (this.volumes == null) {
      this.volumes = new ArrayList<>();
    }
    this.volumes.add(item);
    return this;
  }

  /**
   * List of volumes that can be mounted by containers belonging to the pod. More info:
   * https://kubernetes.io/docs/concepts/storage/volumes
   *
   * @return volumes
   */
  public List<V1Volume> getVolumes() {
    return volumes;
  }

  public void setVolumes(List<V1Volume> volumes) {
    this.volumes = volumes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodSpec that = (V1PodSpec) other;
    return Objects.equals(activeDeadlineSeconds, that.activeDeadlineSeconds)
        && Objects.equals(affinity, that.affinity)
        && Objects.equals(automountServiceAccountToken, that.automountServiceAccountToken)
        && Objects.equals(containers, that.containers)
        && Objects.equals(dnsConfig, that.dnsConfig)
        && Objects.equals(dnsPolicy, that.dnsPolicy)
        && Objects.equals(enableServiceLinks, that.enableServiceLinks)
        && Objects.equals(ephemeralContainers, that.ephemeralContainers)
        && Objects.equals(evictionResponders, that.evictionResponders)
        && Objects.equals(hostAliases, that.hostAliases)
        && Objects.equals(hostIPC, that.hostIPC)
        && Objects.equals(hostNetwork, that.hostNetwork)
        && Objects.equals(hostPID, that.hostPID)
        && Objects.equals(hostUsers, that.hostUsers)
        && Objects.equals(hostname, that.hostname)
        && Objects.equals(hostnameOverride, that.hostnameOverride)
        && Objects.equals(imagePullSecrets, that.imagePullSecrets)
        && Objects.equals(initContainers, that.initContainers)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(nodeSelector, that.nodeSelector)
        && Objects.equals(os, that.os)
        && Objects.equals(overhead, that.overhead)
        && Objects.equals(preemptionPolicy, that.preemptionPolicy)
        && Objects.equals(priority, that.priority)
        && Objects.equals(priorityClassName, that.priorityClassName)
        && Objects.equals(readinessGates, that.readinessGates)
        && Objects.equals(resourceClaims, that.resourceClaims)
        && Objects.equals(resources, that.resources)
        && Objects.equals(restartPolicy, that.restartPolicy)
        && Objects.equals(runtimeClassName, that.runtimeClassName)
        && Objects.equals(schedulerName, that.schedulerName)
        && Objects.equals(schedulingGates, that.schedulingGates)
        && Objects.equals(schedulingGroup, that.schedulingGroup)
        && Objects.equals(securityContext, that.securityContext)
        && Objects.equals(serviceAccount, that.serviceAccount)
        && Objects.equals(serviceAccountName, that.serviceAccountName)
        && Objects.equals(setHostnameAsFQDN, that.setHostnameAsFQDN)
        && Objects.equals(shareProcessNamespace, that.shareProcessNamespace)
        && Objects.equals(subdomain, that.subdomain)
        && Objects.equals(terminationGracePeriodSeconds, that.terminationGracePeriodSeconds)
        && Objects.equals(tolerations, that.tolerations)
        && Objects.equals(topologySpreadConstraints, that.topologySpreadConstraints)
        && Objects.equals(volumes, that.volumes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(activeDeadlineSeconds, affinity, automountServiceAccountToken, containers, dnsConfig, dnsPolicy, enableServiceLinks, ephemeralContainers, evictionResponders, hostAliases, hostIPC, hostNetwork, hostPID, hostUsers, hostname, hostnameOverride, imagePullSecrets, initContainers, nodeName, nodeSelector, os, overhead, preemptionPolicy, priority, priorityClassName, readinessGates, resourceClaims, resources, restartPolicy, runtimeClassName, schedulerName, schedulingGates, schedulingGroup, securityContext, serviceAccount, serviceAccountName, setHostnameAsFQDN, shareProcessNamespace, subdomain, terminationGracePeriodSeconds, tolerations, topologySpreadConstraints, volumes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodSpec {\n");
    sb.append("    activeDeadlineSeconds: ").append(activeDeadlineSeconds).append('\n');
    sb.append("    affinity: ").append(String.valueOf(affinity).replace("\n", "\n    ")).append('\n');
    sb.append("    automountServiceAccountToken: ").append(automountServiceAccountToken).append('\n');
    sb.append("    containers: ").append(String.valueOf(containers).replace("\n", "\n    ")).append('\n');
    sb.append("    dnsConfig: ").append(String.valueOf(dnsConfig).replace("\n", "\n    ")).append('\n');
    sb.append("    dnsPolicy: ").append(dnsPolicy).append('\n');
    sb.append("    enableServiceLinks: ").append(enableServiceLinks).append('\n');
    sb.append("    ephemeralContainers: ").append(String.valueOf(ephemeralContainers).replace("\n", "\n    ")).append('\n');
    sb.append("    evictionResponders: ").append(String.valueOf(evictionResponders).replace("\n", "\n    ")).append('\n');
    sb.append("    hostAliases: ").append(String.valueOf(hostAliases).replace("\n", "\n    ")).append('\n');
    sb.append("    hostIPC: ").append(hostIPC).append('\n');
    sb.append("    hostNetwork: ").append(hostNetwork).append('\n');
    sb.append("    hostPID: ").append(hostPID).append('\n');
    sb.append("    hostUsers: ").append(hostUsers).append('\n');
    sb.append("    hostname: ").append(hostname).append('\n');
    sb.append("    hostnameOverride: ").append(hostnameOverride).append('\n');
    sb.append("    imagePullSecrets: ").append(String.valueOf(imagePullSecrets).replace("\n", "\n    ")).append('\n');
    sb.append("    initContainers: ").append(String.valueOf(initContainers).replace("\n", "\n    ")).append('\n');
    sb.append("    nodeName: ").append(nodeName).append('\n');
    sb.append("    nodeSelector: ").append(String.valueOf(nodeSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    os: ").append(String.valueOf(os).replace("\n", "\n    ")).append('\n');
    sb.append("    overhead: ").append(String.valueOf(overhead).replace("\n", "\n    ")).append('\n');
    sb.append("    preemptionPolicy: ").append(preemptionPolicy).append('\n');
    sb.append("    priority: ").append(priority).append('\n');
    sb.append("    priorityClassName: ").append(priorityClassName).append('\n');
    sb.append("    readinessGates: ").append(String.valueOf(readinessGates).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceClaims: ").append(String.valueOf(resourceClaims).replace("\n", "\n    ")).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    restartPolicy: ").append(restartPolicy).append('\n');
    sb.append("    runtimeClassName: ").append(runtimeClassName).append('\n');
    sb.append("    schedulerName: ").append(schedulerName).append('\n');
    sb.append("    schedulingGates: ").append(String.valueOf(schedulingGates).replace("\n", "\n    ")).append('\n');
    sb.append("    schedulingGroup: ").append(String.valueOf(schedulingGroup).replace("\n", "\n    ")).append('\n');
    sb.append("    securityContext: ").append(String.valueOf(securityContext).replace("\n", "\n    ")).append('\n');
    sb.append("    serviceAccount: ").append(serviceAccount).append('\n');
    sb.append("    serviceAccountName: ").append(serviceAccountName).append('\n');
    sb.append("    setHostnameAsFQDN: ").append(setHostnameAsFQDN).append('\n');
    sb.append("    shareProcessNamespace: ").append(shareProcessNamespace).append('\n');
    sb.append("    subdomain: ").append(subdomain).append('\n');
    sb.append("    terminationGracePeriodSeconds: ").append(terminationGracePeriodSeconds).append('\n');
    sb.append("    tolerations: ").append(String.valueOf(tolerations).replace("\n", "\n    ")).append('\n');
    sb.append("    topologySpreadConstraints: ").append(String.valueOf(topologySpreadConstraints).replace("\n", "\n    ")).append('\n');
    sb.append("    volumes: ").append(String.valueOf(volumes).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
