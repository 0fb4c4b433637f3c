package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * ServiceSpec describes the attributes that a user creates on a service.
 */
public class V1ServiceSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocateLoadBalancerNodePorts",
      "clusterIP",
      "clusterIPs",
      "externalIPs",
      "externalName",
      "externalTrafficPolicy",
      "healthCheckNodePort",
      "internalTrafficPolicy",
      "ipFamilies",
      "ipFamilyPolicy",
      "loadBalancerClass",
      "loadBalancerIP",
      "loadBalancerSourceRanges",
      "ports",
      "publishNotReadyAddresses",
      "selector",
      "sessionAffinity",
      "sessionAffinityConfig",
      "trafficDistribution",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServiceSpec> CODEC = new Codec<V1ServiceSpec>() {
    @Override
    public V1ServiceSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServiceSpec)");
      }
      V1ServiceSpec o = new V1ServiceSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocateLoadBalancerNodePorts = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.clusterIP = Codecs.STRING.read(p);
            break;
          case 2:
            o.clusterIPs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.externalIPs = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 4:
            o.externalName = Codecs.STRING.read(p);
            break;
          case 5:
            o.externalTrafficPolicy = Codecs.STRING.read(p);
            break;
          case 6:
            o.healthCheckNodePort = Codecs.INT32.read(p);
            break;
          case 7:
            o.internalTrafficPolicy = Codecs.STRING.read(p);
            break;
          case 8:
            o.ipFamilies = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 9:
            o.ipFamilyPolicy = Codecs.STRING.read(p);
            break;
          case 10:
            o.loadBalancerClass = Codecs.STRING.read(p);
            break;
          case 11:
            o.loadBalancerIP = Codecs.STRING.read(p);
            break;
          case 12:
            o.loadBalancerSourceRanges = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 13:
            o.ports = Codecs.listOf(V1ServicePort.CODEC).read(p);
            break;
          case 14:
            o.publishNotReadyAddresses = Codecs.BOOLEAN.read(p);
            break;
          case 15:
            o.selector = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 16:
            o.sessionAffinity = Codecs.STRING.read(p);
            break;
          case 17:
            o.sessionAffinityConfig = V1SessionAffinityConfig.CODEC.read(p);
            break;
          case 18:
            o.trafficDistribution = Codecs.STRING.read(p);
            break;
          case 19:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServiceSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocateLoadBalancerNodePorts != null) {
        g.writeFieldName("allocateLoadBalancerNodePorts");
        Codecs.BOOLEAN.write(g, o.allocateLoadBalancerNodePorts);
      }
      if (o.clusterIP != null) {
        g.writeFieldName("clusterIP");
        Codecs.STRING.write(g, o.clusterIP);
      }
      if (o.clusterIPs != null) {
        g.writeFieldName("clusterIPs");
        Codecs.listOf(Codecs.STRING).write(g, o.clusterIPs);
      }
      if (o.externalIPs != null) {
        g.writeFieldName("externalIPs");
        Codecs.listOf(Codecs.STRING).write(g, o.externalIPs);
      }
      if (o.externalName != null) {
        g.writeFieldName("externalName");
        Codecs.STRING.write(g, o.externalName);
      }
      if (o.externalTrafficPolicy != null) {
        g.writeFieldName("externalTrafficPolicy");
        Codecs.STRING.write(g, o.externalTrafficPolicy);
      }
      if (o.healthCheckNodePort != null) {
        g.writeFieldName("healthCheckNodePort");
        Codecs.INT32.write(g, o.healthCheckNodePort);
      }
      if (o.internalTrafficPolicy != null) {
        g.writeFieldName("internalTrafficPolicy");
        Codecs.STRING.write(g, o.internalTrafficPolicy);
      }
      if (o.ipFamilies != null) {
        g.writeFieldName("ipFamilies");
        Codecs.listOf(Codecs.STRING).write(g, o.ipFamilies);
      }
      if (o.ipFamilyPolicy != null) {
        g.writeFieldName("ipFamilyPolicy");
        Codecs.STRING.write(g, o.ipFamilyPolicy);
      }
      if (o.loadBalancerClass != null) {
        g.writeFieldName("loadBalancerClass");
        Codecs.STRING.write(g, o.loadBalancerClass);
      }
      if (o.loadBalancerIP != null) {
        g.writeFieldName("loadBalancerIP");
        Codecs.STRING.write(g, o.loadBalancerIP);
      }
      if (o.loadBalancerSourceRanges != null) {
        g.writeFieldName("loadBalancerSourceRanges");
        Codecs.listOf(Codecs.STRING).write(g, o.loadBalancerSourceRanges);
      }
      if (o.ports != null) {
        g.writeFieldName("ports");
        Codecs.listOf(V1ServicePort.CODEC).write(g, o.ports);
      }
      if (o.publishNotReadyAddresses != null) {
        g.writeFieldName("publishNotReadyAddresses");
        Codecs.BOOLEAN.write(g, o.publishNotReadyAddresses);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        Codecs.mapOf(Codecs.STRING).write(g, o.selector);
      }
      if (o.sessionAffinity != null) {
        g.writeFieldName("sessionAffinity");
        Codecs.STRING.write(g, o.sessionAffinity);
      }
      if (o.sessionAffinityConfig != null) {
        g.writeFieldName("sessionAffinityConfig");
        V1SessionAffinityConfig.CODEC.write(g, o.sessionAffinityConfig);
      }
      if (o.trafficDistribution != null) {
        g.writeFieldName("trafficDistribution");
        Codecs.STRING.write(g, o.trafficDistribution);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

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

  public V1ServiceSpec allocateLoadBalancerNodePorts(Boolean allocateLoadBalancerNodePorts) {
    this.allocateLoadBalancerNodePorts = allocateLoadBalancerNodePorts;
    return this;
  }

  /**
   * allocateLoadBalancerNodePorts defines if NodePorts will be automatically allocated for
   * services with type LoadBalancer.  Default is "true". It may be set to "false" if the cluster
   * load-balancer does not rely on NodePorts.  If the caller requests specific NodePorts (by
   * specifying a value), those requests will be respected, regardless of this field. This field
   * may only be set for services with type LoadBalancer and will be cleared if the type is
   * changed to any other type.
   *
   * @return allocateLoadBalancerNodePorts
   */
  public Boolean getAllocateLoadBalancerNodePorts() {
    return allocateLoadBalancerNodePorts;
  }

  public void setAllocateLoadBalancerNodePorts(Boolean allocateLoadBalancerNodePorts) {
    this.allocateLoadBalancerNodePorts = allocateLoadBalancerNodePorts;
  }

  public V1ServiceSpec clusterIP(String clusterIP) {
    this.clusterIP = clusterIP;
    return this;
  }

  /**
   * clusterIP is the IP address of the service and is usually assigned randomly. If an address
   * is specified manually, is in-range (as per system configuration), and is not in use, it will
   * be allocated to the service; otherwise creation of the service will fail. This field may not
   * be changed through updates unless the type field is also being changed to ExternalName
   * (which requires this field to be blank) or the type field is being changed from ExternalName
   * (in which case this field may optionally be specified, as describe above).  Valid values are
   * "None", empty string (""), or a valid IP address. Setting this to "None" makes a "headless
   * service" (no virtual IP), which is useful when direct endpoint connections are preferred and
   * proxying is not required.  Only applies to types ClusterIP, NodePort, and LoadBalancer. If
   * this field is specified when creating a Service of type ExternalName, creation will fail.
   * This field will be wiped when updating a Service to type ExternalName. More info:
   * https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
   *
   * @return clusterIP
   */
  public String getClusterIP() {
    return clusterIP;
  }

  public void setClusterIP(String clusterIP) {
    this.clusterIP = clusterIP;
  }

  public V1ServiceSpec clusterIPs(List<String> clusterIPs) {
    this.clusterIPs = clusterIPs;
    return this;
  }

  public V1ServiceSpec addClusterIPsItem(String item) {
    if (this.clusterIPs == null) {
      this.clusterIPs = new ArrayList<>();
    }
    this.clusterIPs.add(item);
    return this;
  }

  /**
   * ClusterIPs is a list of IP addresses assigned to this service, and are usually assigned
   * randomly.  If an address is specified manually, is in-range (as per system configuration),
   * and is not in use, it will be allocated to the service; otherwise creation of the service
   * will fail. This field may not be changed through updates unless the type field is also being
   * changed to ExternalName (which requires this field to be empty) or the type field is being
   * changed from ExternalName (in which case this field may optionally be specified, as describe
   * above).  Valid values are "None", empty string (""), or a valid IP address.  Setting this to
   * "None" makes a "headless service" (no virtual IP), which is useful when direct endpoint
   * connections are preferred and proxying is not required.  Only applies to types ClusterIP,
   * NodePort, and LoadBalancer. If this field is specified when creating a Service of type
   * ExternalName, creation will fail. This field will be wiped when updating a Service to type
   * ExternalName.  If this field is not specified, it will be initialized from the clusterIP
   * field.  If this field is specified, clients must ensure that clusterIPs[0] and clusterIP
   * have the same value.
   *
   * This field may hold a maximum of two entries (dual-stack IPs, in either order). These IPs
   * must correspond to the values of the ipFamilies field. Both clusterIPs and ipFamilies are
   * governed by the ipFamilyPolicy field. More info:
   * https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
   *
   * @return clusterIPs
   */
  public List<String> getClusterIPs() {
    return clusterIPs;
  }

  public void setClusterIPs(List<String> clusterIPs) {
    this.clusterIPs = clusterIPs;
  }

  public V1ServiceSpec externalIPs(List<String> externalIPs) {
    this.externalIPs = externalIPs;
    return this;
  }

  public V1ServiceSpec addExternalIPsItem(String item) {
    if (this.externalIPs == null) {
      this.externalIPs = new ArrayList<>();
    }
    this.externalIPs.add(item);
    return this;
  }

  /**
   * externalIPs is a list of IP addresses for which nodes in the cluster will also accept
   * traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible
   * for ensuring that traffic arrives at a node with this IP.  A common example is external
   * load-balancers that are not part of the Kubernetes system.
   *
   * @return externalIPs
   */
  public List<String> getExternalIPs() {
    return externalIPs;
  }

  public void setExternalIPs(List<String> externalIPs) {
    this.externalIPs = externalIPs;
  }

  public V1ServiceSpec externalName(String externalName) {
    this.externalName = externalName;
    return this;
  }

  /**
   * externalName is the external reference that discovery mechanisms will return as an alias for
   * this service (e.g. a DNS CNAME record). No proxying will be involved.  Must be a lowercase
   * RFC-1123 hostname (https://tools.ietf.org/html/rfc1123) and requires `type` to be
   * "ExternalName".
   *
   * @return externalName
   */
  public String getExternalName() {
    return externalName;
  }

  public void setExternalName(String externalName) {
    this.externalName = externalName;
  }

  public V1ServiceSpec externalTrafficPolicy(String externalTrafficPolicy) {
    this.externalTrafficPolicy = externalTrafficPolicy;
    return this;
  }

  /**
   * externalTrafficPolicy describes how nodes distribute service traffic they receive on one of
   * the Service's "externally-facing" addresses (NodePorts, ExternalIPs, and LoadBalancer IPs).
   * If set to "Local", the proxy will configure the service in a way that assumes that external
   * load balancers will take care of balancing the service traffic between nodes, and so each
   * node will deliver traffic only to the node-local endpoints of the service, without
   * masquerading the client source IP. (Traffic mistakenly sent to a node with no endpoints will
   * be dropped.) The default value, "Cluster", uses the standard behavior of routing to all
   * endpoints evenly (possibly modified by topology and other features). Note that traffic sent
   * to an External IP or LoadBalancer IP from within the cluster will always get "Cluster"
   * semantics, but clients sending to a NodePort from within the cluster may need to take
   * traffic policy into account when picking a node.
   *
   * @return externalTrafficPolicy
   */
  public String getExternalTrafficPolicy() {
    return externalTrafficPolicy;
  }

  public void setExternalTrafficPolicy(String externalTrafficPolicy) {
    this.externalTrafficPolicy = externalTrafficPolicy;
  }

  public V1ServiceSpec healthCheckNodePort(Integer healthCheckNodePort) {
    this.healthCheckNodePort = healthCheckNodePort;
    return this;
  }

  /**
   * healthCheckNodePort specifies the healthcheck nodePort for the service. This only applies
   * when type is set to LoadBalancer and externalTrafficPolicy is set to Local. If a value is
   * specified, is in-range, and is not in use, it will be used.  If not specified, a value will
   * be automatically allocated.  External systems (e.g. load-balancers) can use this port to
   * determine if a given node holds endpoints for this service or not.  If this field is
   * specified when creating a Service which does not need it, creation will fail. This field
   * will be wiped when updating a Service to no longer need it (e.g. changing type). This field
   * cannot be updated once set.
   *
   * @return healthCheckNodePort
   */
  public Integer getHealthCheckNodePort() {
    return healthCheckNodePort;
  }

  public void setHealthCheckNodePort(Integer healthCheckNodePort) {
    this.healthCheckNodePort = healthCheckNodePort;
  }

  public V1ServiceSpec internalTrafficPolicy(String internalTrafficPolicy) {
    this.internalTrafficPolicy = internalTrafficPolicy;
    return this;
  }

  /**
   * InternalTrafficPolicy describes how nodes distribute service traffic they receive on the
   * ClusterIP. If set to "Local", the proxy will assume that pods only want to talk to endpoints
   * of the service on the same node as the pod, dropping the traffic if there are no local
   * endpoints. The default value, "Cluster", uses the standard behavior of routing to all
   * endpoints evenly (possibly modified by topology and other features).
   *
   * @return internalTrafficPolicy
   */
  public String getInternalTrafficPolicy() {
    return internalTrafficPolicy;
  }

  public void setInternalTrafficPolicy(String internalTrafficPolicy) {
    this.internalTrafficPolicy = internalTrafficPolicy;
  }

  public V1ServiceSpec ipFamilies(List<String> ipFamilies) {
    this.ipFamilies = ipFamilies;
    return this;
  }

  public V1ServiceSpec addIpFamiliesItem(String item) {
    if (this.ipFamilies == null) {
      this.ipFamilies = new ArrayList<>();
    }
    this.ipFamilies.add(item);
    return this;
  }

  /**
   * IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this service. This field
   * is usually assigned automatically based on cluster configuration and the ipFamilyPolicy
   * field. If this field is specified manually, the requested family is available in the
   * cluster, and ipFamilyPolicy allows it, it will be used; otherwise creation of the service
   * will fail. This field is conditionally mutable: it allows for adding or removing a secondary
   * IP family, but it does not allow changing the primary IP family of the Service. Valid values
   * are "IPv4" and "IPv6".  This field only applies to Services of types ClusterIP, NodePort,
   * and LoadBalancer, and does apply to "headless" services. This field will be wiped when
   * updating a Service to type ExternalName.
   *
   * This field may hold a maximum of two entries (dual-stack families, in either order).  These
   * families must correspond to the values of the clusterIPs field, if specified. Both
   * clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.
   *
   * @return ipFamilies
   */
  public List<String> getIpFamilies() {
    return ipFamilies;
  }

  public void setIpFamilies(List<String> ipFamilies) {
    this.ipFamilies = ipFamilies;
  }

  public V1ServiceSpec ipFamilyPolicy(String ipFamilyPolicy) {
    this.ipFamilyPolicy = ipFamilyPolicy;
    return this;
  }

  /**
   * IPFamilyPolicy represents the dual-stack-ness requested or required by this Service. If
   * there is no value provided, then this field will be set to SingleStack. Services can be
   * "SingleStack" (a single IP family), "PreferDualStack" (two IP families on dual-stack
   * configured clusters or a single IP family on single-stack clusters), or "RequireDualStack"
   * (two IP families on dual-stack configured clusters, otherwise fail). The ipFamilies and
   * clusterIPs fields depend on the value of this field. This field will be wiped when updating
   * a service to type ExternalName.
   *
   * @return ipFamilyPolicy
   */
  public String getIpFamilyPolicy() {
    return ipFamilyPolicy;
  }

  public void setIpFamilyPolicy(String ipFamilyPolicy) {
    this.ipFamilyPolicy = ipFamilyPolicy;
  }

  public V1ServiceSpec loadBalancerClass(String loadBalancerClass) {
    this.loadBalancerClass = loadBalancerClass;
    return this;
  }

  /**
   * loadBalancerClass is the class of the load balancer implementation this Service belongs to.
   * If specified, the value of this field must be a label-style identifier, with an optional
   * prefix, e.g. "internal-vip" or "example.com/internal-vip". Unprefixed names are reserved for
   * end-users. This field can only be set when the Service type is 'LoadBalancer'. If not set,
   * the default load balancer implementation is used, today this is typically done through the
   * cloud provider integration, but should apply for any default implementation. If set, it is
   * assumed that a load balancer implementation is watching for Services with a matching class.
   * Any default load balancer implementation (e.g. cloud providers) should ignore Services that
   * set this field. This field can only be set when creating or updating a Service to type
   * 'LoadBalancer'. Once set, it can not be changed. This field will be wiped when a service is
   * updated to a non 'LoadBalancer' type.
   *
   * @return loadBalancerClass
   */
  public String getLoadBalancerClass() {
    return loadBalancerClass;
  }

  public void setLoadBalancerClass(String loadBalancerClass) {
    this.loadBalancerClass = loadBalancerClass;
  }

  public V1ServiceSpec loadBalancerIP(String loadBalancerIP) {
    this.loadBalancerIP = loadBalancerIP;
    return this;
  }

  /**
   * Only applies to Service Type: LoadBalancer. This feature depends on whether the underlying
   * cloud-provider supports specifying the loadBalancerIP when a load balancer is created. This
   * field will be ignored if the cloud-provider does not support the feature. Deprecated: This
   * field was under-specified and its meaning varies across implementations. Using it is
   * non-portable and it may not support dual-stack. Users are encouraged to use
   * implementation-specific annotations when available.
   *
   * @return loadBalancerIP
   */
  public String getLoadBalancerIP() {
    return loadBalancerIP;
  }

  public void setLoadBalancerIP(String loadBalancerIP) {
    this.loadBalancerIP = loadBalancerIP;
  }

  public V1ServiceSpec loadBalancerSourceRanges(List<String> loadBalancerSourceRanges) {
    this.loadBalancerSourceRanges = loadBalancerSourceRanges;
    return this;
  }

  public V1ServiceSpec addLoadBalancerSourceRangesItem(String item) {
    if (this.loadBalancerSourceRanges == null) {
      this.loadBalancerSourceRanges = new ArrayList<>();
    }
    this.loadBalancerSourceRanges.add(item);
    return this;
  }

  /**
   * If specified and supported by the platform, this will restrict traffic through the
   * cloud-provider load-balancer will be restricted to the specified client IPs. This field will
   * be ignored if the cloud-provider does not support the feature." More info:
   * https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
   *
   * @return loadBalancerSourceRanges
   */
  public List<String> getLoadBalancerSourceRanges() {
    return loadBalancerSourceRanges;
  }

  public void setLoadBalancerSourceRanges(List<String> loadBalancerSourceRanges) {
    this.loadBalancerSourceRanges = loadBalancerSourceRanges;
  }

  public V1ServiceSpec ports(List<V1ServicePort> ports) {
    this.ports = ports;
    return this;
  }

  public V1ServiceSpec addPortsItem(V1ServicePort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    this.ports.add(item);
    return this;
  }

  /**
   * The list of ports that are exposed by this service. More info:
   * https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
   *
   * @return ports
   */
  public List<V1ServicePort> getPorts() {
    return ports;
  }

  public void setPorts(List<V1ServicePort> ports) {
    this.ports = ports;
  }

  public V1ServiceSpec publishNotReadyAddresses(Boolean publishNotReadyAddresses) {
    this.publishNotReadyAddresses = publishNotReadyAddresses;
    return this;
  }

  /**
   * publishNotReadyAddresses indicates that any agent which deals with endpoints for this
   * Service should disregard any indications of ready/not-ready. The primary use case for
   * setting this field is for a StatefulSet's Headless Service to propagate SRV DNS records for
   * its Pods for the purpose of peer discovery. The Kubernetes controllers that generate
   * Endpoints and EndpointSlice resources for Services interpret this to mean that all endpoints
   * are considered "ready" even if the Pods themselves are not. Agents which consume only
   * Kubernetes generated endpoints through the Endpoints or EndpointSlice resources can safely
   * assume this behavior.
   *
   * @return publishNotReadyAddresses
   */
  public Boolean getPublishNotReadyAddresses() {
    return publishNotReadyAddresses;
  }

  public void setPublishNotReadyAddresses(Boolean publishNotReadyAddresses) {
    this.publishNotReadyAddresses = publishNotReadyAddresses;
  }

  public V1ServiceSpec selector(Map<String, String> selector) {
    this.selector = selector;
    return this;
  }

  public V1ServiceSpec putSelectorItem(String key, String item) {
    if (this.selector == null) {
      this.selector = new LinkedHashMap<>();
    }
    this.selector.put(key, item);
    return this;
  }

  /**
   * Route service traffic to pods with label keys and values matching this selector. If empty or
   * not present, the service is assumed to have an external process managing its endpoints,
   * which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and
   * LoadBalancer. Ignored if type is ExternalName. More info:
   * https://kubernetes.io/docs/concepts/services-networking/service/
   *
   * @return selector
   */
  public Map<String, String> getSelector() {
    return selector;
  }

  public void setSelector(Map<String, String> selector) {
    this.selector = selector;
  }

  public V1ServiceSpec sessionAffinity(String sessionAffinity) {
    this.sessionAffinity = sessionAffinity;
    return this;
  }

  /**
   * Supports "ClientIP" and "None". Used to maintain session affinity. Enable client IP based
   * session affinity. Must be ClientIP or None. Defaults to None. More info:
   * https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
   *
   * @return sessionAffinity
   */
  public String getSessionAffinity() {
    return sessionAffinity;
  }

  public void setSessionAffinity(String sessionAffinity) {
    this.sessionAffinity = sessionAffinity;
  }

  public V1ServiceSpec sessionAffinityConfig(V1SessionAffinityConfig sessionAffinityConfig) {
    this.sessionAffinityConfig = sessionAffinityConfig;
    return this;
  }

  /**
   * sessionAffinityConfig contains the configurations of session affinity.
   *
   * @return sessionAffinityConfig
   */
  public V1SessionAffinityConfig getSessionAffinityConfig() {
    return sessionAffinityConfig;
  }

  public void setSessionAffinityConfig(V1SessionAffinityConfig sessionAffinityConfig) {
    this.sessionAffinityConfig = sessionAffinityConfig;
  }

  public V1ServiceSpec trafficDistribution(String trafficDistribution) {
    this.trafficDistribution = trafficDistribution;
    return this;
  }

  /**
   * TrafficDistribution offers a way to express preferences for how traffic is distributed to
   * Service endpoints. Implementations can use this field as a hint, but are not required to
   * guarantee strict adherence. If the field is not set, the implementation will apply its
   * default routing strategy. If set to "PreferClose", implementations should prioritize
   * endpoints that are in the same zone.
   *
   * @return trafficDistribution
   */
  public String getTrafficDistribution() {
    return trafficDistribution;
  }

  public void setTrafficDistribution(String trafficDistribution) {
    this.trafficDistribution = trafficDistribution;
  }

  public V1ServiceSpec type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type determines how the Service is exposed. Defaults to ClusterIP. Valid options are
   * ExternalName, ClusterIP, NodePort, and LoadBalancer. "ClusterIP" allocates a
   * cluster-internal IP address for load-balancing to endpoints. Endpoints are determined by the
   * selector or if that is not specified, by manual construction of an Endpoints object or
   * EndpointSlice objects. If clusterIP is "None", no virtual IP is allocated and the endpoints
   * are published as a set of endpoints rather than a virtual IP. "NodePort" builds on ClusterIP
   * and allocates a port on every node which routes to the same endpoints as the clusterIP.
   * "LoadBalancer" builds on NodePort and creates an external load-balancer (if supported in the
   * current cloud) which routes to the same endpoints as the clusterIP. "ExternalName" aliases
   * this service to the specified externalName. Several other fields do not apply to
   * ExternalName services. More info:
   * https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ServiceSpec that = (V1ServiceSpec) other;
    return Objects.equals(allocateLoadBalancerNodePorts, that.allocateLoadBalancerNodePorts)
        && Objects.equals(clusterIP, that.clusterIP)
        && Objects.equals(clusterIPs, that.clusterIPs)
        && Objects.equals(externalIPs, that.externalIPs)
        && Objects.equals(externalName, that.externalName)
        && Objects.equals(externalTrafficPolicy, that.externalTrafficPolicy)
        && Objects.equals(healthCheckNodePort, that.healthCheckNodePort)
        && Objects.equals(internalTrafficPolicy, that.internalTrafficPolicy)
        && Objects.equals(ipFamilies, that.ipFamilies)
        && Objects.equals(ipFamilyPolicy, that.ipFamilyPolicy)
        && Objects.equals(loadBalancerClass, that.loadBalancerClass)
        && Objects.equals(loadBalancerIP, that.loadBalancerIP)
        && Objects.equals(loadBalancerSourceRanges, that.loadBalancerSourceRanges)
        && Objects.equals(ports, that.ports)
        && Objects.equals(publishNotReadyAddresses, that.publishNotReadyAddresses)
        && Objects.equals(selector, that.selector)
        && Objects.equals(sessionAffinity, that.sessionAffinity)
        && Objects.equals(sessionAffinityConfig, that.sessionAffinityConfig)
        && Objects.equals(trafficDistribution, that.trafficDistribution)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocateLoadBalancerNodePorts, clusterIP, clusterIPs, externalIPs, externalName, externalTrafficPolicy, healthCheckNodePort, internalTrafficPolicy, ipFamilies, ipFamilyPolicy, loadBalancerClass, loadBalancerIP, loadBalancerSourceRanges, ports, publishNotReadyAddresses, selector, sessionAffinity, sessionAffinityConfig, trafficDistribution, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServiceSpec {\n");
    sb.append("    allocateLoadBalancerNodePorts: ").append(allocateLoadBalancerNodePorts).append('\n');
    sb.append("    clusterIP: ").append(clusterIP).append('\n');
    sb.append("    clusterIPs: ").append(String.valueOf(clusterIPs).replace("\n", "\n    ")).append('\n');
    sb.append("    externalIPs: ").append(String.valueOf(externalIPs).replace("\n", "\n    ")).append('\n');
    sb.append("    externalName: ").append(externalName).append('\n');
    sb.append("    externalTrafficPolicy: ").append(externalTrafficPolicy).append('\n');
    sb.append("    healthCheckNodePort: ").append(healthCheckNodePort).append('\n');
    sb.append("    internalTrafficPolicy: ").append(internalTrafficPolicy).append('\n');
    sb.append("    ipFamilies: ").append(String.valueOf(ipFamilies).replace("\n", "\n    ")).append('\n');
    sb.append("    ipFamilyPolicy: ").append(ipFamilyPolicy).append('\n');
    sb.append("    loadBalancerClass: ").append(loadBalancerClass).append('\n');
    sb.append("    loadBalancerIP: ").append(loadBalancerIP).append('\n');
    sb.append("    loadBalancerSourceRanges: ").append(String.valueOf(loadBalancerSourceRanges).replace("\n", "\n    ")).append('\n');
    sb.append("    ports: ").append(String.valueOf(ports).replace("\n", "\n    ")).append('\n');
    sb.append("    publishNotReadyAddresses: ").append(publishNotReadyAddresses).append('\n');
    sb.append("    selector: ").append(String.valueOf(selector).replace("\n", "\n    ")).append('\n');
    sb.append("    sessionAffinity: ").append(sessionAffinity).append('\n');
    sb.append("    sessionAffinityConfig: ").append(String.valueOf(sessionAffinityConfig).replace("\n", "\n    ")).append('\n');
    sb.append("    trafficDistribution: ").append(trafficDistribution).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
