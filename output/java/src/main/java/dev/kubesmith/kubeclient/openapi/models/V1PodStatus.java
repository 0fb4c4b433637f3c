package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * PodStatus represents information about the status of a pod. Status may trail the actual
 * state of a system, especially if the node that hosts the pod cannot contact the control
 * plane.
 */
public class V1PodStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "allocatedResources",
      "conditions",
      "containerStatuses",
      "ephemeralContainerStatuses",
      "extendedResourceClaimStatus",
      "hostIP",
      "hostIPs",
      "initContainerStatuses",
      "message",
      "nodeAllocatableResourceClaimStatuses",
      "nominatedNodeName",
      "observedGeneration",
      "phase",
      "podIP",
      "podIPs",
      "qosClass",
      "reason",
      "resize",
      "resourceClaimStatuses",
      "resources",
      "startTime",
      "volumeHealth");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PodStatus> CODEC = new Codec<V1PodStatus>() {
    @Override
    public V1PodStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PodStatus)");
      }
      V1PodStatus o = new V1PodStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.allocatedResources = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 1:
            o.conditions = Codecs.listOf(V1PodCondition.CODEC).read(p);
            break;
          case 2:
            o.containerStatuses = Codecs.listOf(V1ContainerStatus.CODEC).read(p);
            break;
          case 3:
            o.ephemeralContainerStatuses = Codecs.listOf(V1ContainerStatus.CODEC).read(p);
            break;
          case 4:
            o.extendedResourceClaimStatus = V1PodExtendedResourceClaimStatus.CODEC.read(p);
            break;
          case 5:
            o.hostIP = Codecs.STRING.read(p);
            break;
          case 6:
            o.hostIPs = Codecs.listOf(V1HostIP.CODEC).read(p);
            break;
          case 7:
            o.initContainerStatuses = Codecs.listOf(V1ContainerStatus.CODEC).read(p);
            break;
          case 8:
            o.message = Codecs.STRING.read(p);
            break;
          case 9:
            o.nodeAllocatableResourceClaimStatuses = Codecs.listOf(V1NodeAllocatableResourceClaimStatus.CODEC).read(p);
            break;
          case 10:
            o.nominatedNodeName = Codecs.STRING.read(p);
            break;
          case 11:
            o.observedGeneration = Codecs.INT64.read(p);
            break;
          case 12:
            o.phase = Codecs.STRING.read(p);
            break;
          case 13:
            o.podIP = Codecs.STRING.read(p);
            break;
          case 14:
            o.podIPs = Codecs.listOf(V1PodIP.CODEC).read(p);
            break;
          case 15:
            o.qosClass = Codecs.STRING.read(p);
            break;
          case 16:
            o.reason = Codecs.STRING.read(p);
            break;
          case 17:
            o.resize = Codecs.STRING.read(p);
            break;
          case 18:
            o.resourceClaimStatuses = Codecs.listOf(V1PodResourceClaimStatus.CODEC).read(p);
            break;
          case 19:
            o.resources = V1ResourceRequirements.CODEC.read(p);
            break;
          case 20:
            o.startTime = Codecs.TIME.read(p);
            break;
          case 21:
            o.volumeHealth = Codecs.listOf(V1PodVolumeHealth.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PodStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.allocatedResources != null) {
        g.writeFieldName("allocatedResources");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.allocatedResources);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1PodCondition.CODEC).write(g, o.conditions);
      }
      if (o.containerStatuses != null) {
        g.writeFieldName("containerStatuses");
        Codecs.listOf(V1ContainerStatus.CODEC).write(g, o.containerStatuses);
      }
      if (o.ephemeralContainerStatuses != null) {
        g.writeFieldName("ephemeralContainerStatuses");
        Codecs.listOf(V1ContainerStatus.CODEC).write(g, o.ephemeralContainerStatuses);
      }
      if (o.extendedResourceClaimStatus != null) {
        g.writeFieldName("extendedResourceClaimStatus");
        V1PodExtendedResourceClaimStatus.CODEC.write(g, o.extendedResourceClaimStatus);
      }
      if (o.hostIP != null) {
        g.writeFieldName("hostIP");
        Codecs.STRING.write(g, o.hostIP);
      }
      if (o.hostIPs != null) {
        g.writeFieldName("hostIPs");
        Codecs.listOf(V1HostIP.CODEC).write(g, o.hostIPs);
      }
      if (o.initContainerStatuses != null) {
        g.writeFieldName("initContainerStatuses");
        Codecs.listOf(V1ContainerStatus.CODEC).write(g, o.initContainerStatuses);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.nodeAllocatableResourceClaimStatuses != null) {
        g.writeFieldName("nodeAllocatableResourceClaimStatuses");
        Codecs.listOf(V1NodeAllocatableResourceClaimStatus.CODEC).write(g, o.nodeAllocatableResourceClaimStatuses);
      }
      if (o.nominatedNodeName != null) {
        g.writeFieldName("nominatedNodeName");
        Codecs.STRING.write(g, o.nominatedNodeName);
      }
      if (o.observedGeneration != null) {
        g.writeFieldName("observedGeneration");
        Codecs.INT64.write(g, o.observedGeneration);
      }
      if (o.phase != null) {
        g.writeFieldName("phase");
        Codecs.STRING.write(g, o.phase);
      }
      if (o.podIP != null) {
        g.writeFieldName("podIP");
        Codecs.STRING.write(g, o.podIP);
      }
      if (o.podIPs != null) {
        g.writeFieldName("podIPs");
        Codecs.listOf(V1PodIP.CODEC).write(g, o.podIPs);
      }
      if (o.qosClass != null) {
        g.writeFieldName("qosClass");
        Codecs.STRING.write(g, o.qosClass);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
      if (o.resize != null) {
        g.writeFieldName("resize");
        Codecs.STRING.write(g, o.resize);
      }
      if (o.resourceClaimStatuses != null) {
        g.writeFieldName("resourceClaimStatuses");
        Codecs.listOf(V1PodResourceClaimStatus.CODEC).write(g, o.resourceClaimStatuses);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        V1ResourceRequirements.CODEC.write(g, o.resources);
      }
      if (o.startTime != null) {
        g.writeFieldName("startTime");
        Codecs.TIME.write(g, o.startTime);
      }
      if (o.volumeHealth != null) {
        g.writeFieldName("volumeHealth");
        Codecs.listOf(V1PodVolumeHealth.CODEC).write(g, o.volumeHealth);
      }
      g.writeEndObject();
    }
  };

  private Map<String, Quantity> allocatedResources;

  private List<V1PodCondition> conditions;

  private List<V1ContainerStatus> containerStatuses;

  private List<V1ContainerStatus> ephemeralContainerStatuses;

  private V1PodExtendedResourceClaimStatus extendedResourceClaimStatus;

  private String hostIP;

  private List<V1HostIP> hostIPs;

  private List<V1ContainerStatus> initContainerStatuses;

  private String message;

  private List<V1NodeAllocatableResourceClaimStatus> nodeAllocatableResourceClaimStatuses;

  private String nominatedNodeName;

  private Long observedGeneration;

  private String phase;

  private String podIP;

  private List<V1PodIP> podIPs;

  private String qosClass;

  private String reason;

  private String resize;

  private List<V1PodResourceClaimStatus> resourceClaimStatuses;

  private V1ResourceRequirements resources;

  private OffsetDateTime startTime;

  private List<V1PodVolumeHealth> volumeHealth;

  public V1PodStatus allocatedResources(Map<String, Quantity> allocatedResources) {
    this.allocatedResources = allocatedResources;
    return this;
  }

  public V1PodStatus putAllocatedResourcesItem(String key, Quantity item) {
    if (this.allocatedResources == null) {
      this.allocatedResources = new LinkedHashMap<>();
    }
    this.allocatedResources.put(key, item);
    return this;
  }

  /**
   * AllocatedResources is the total requests allocated for this pod by the node. If pod-level
   * requests are not set, this will be the total requests aggregated across containers in the
   * pod.
   *
   * @return allocatedResources
   */
  public Map<String, Quantity> getAllocatedResources() {
    return allocatedResources;
  }

  public void setAllocatedResources(Map<String, Quantity> allocatedResources) {
    this.allocatedResources = allocatedResources;
  }

  public V1PodStatus conditions(List<V1PodCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1PodStatus addConditionsItem(V1PodCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Current service state of pod. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions
   *
   * @return conditions
   */
  public List<V1PodCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1PodCondition> conditions) {
    this.conditions = conditions;
  }

  public V1PodStatus containerStatuses(List<V1ContainerStatus> containerStatuses) {
    this.containerStatuses = containerStatuses;
    return this;
  }

  public V1PodStatus addContainerStatusesItem(V1ContainerStatus item) {
    if (this.containerStatuses == null) {
      this.containerStatuses = new ArrayList<>();
    }
    this.containerStatuses.add(item);
    return this;
  }

  /**
   * Statuses of containers in this pod. Each container in the pod should have at most one status
   * in this list, and all statuses should be for containers in the pod. However this is not
   * enforced. If a status for a non-existent container is present in the list, or the list has
   * duplicate names, the behavior of various Kubernetes components is not defined and those
   * statuses might be ignored. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status
   *
   * @return containerStatuses
   */
  public List<V1ContainerStatus> getContainerStatuses() {
    return containerStatuses;
  }

  public void setContainerStatuses(List<V1ContainerStatus> containerStatuses) {
    this.containerStatuses = containerStatuses;
  }

  public V1PodStatus ephemeralContainerStatuses(List<V1ContainerStatus> ephemeralContainerStatuses) {
    this.ephemeralContainerStatuses = ephemeralContainerStatuses;
    return this;
  }

  public V1PodStatus addEphemeralContainerStatusesItem(V1ContainerStatus item) {
    if (this.ephemeralContainerStatuses == null) {
      this.ephemeralContainerStatuses = new ArrayList<>();
    }
    this.ephemeralContainerStatuses.add(item);
    return this;
  }

  /**
   * Statuses for any ephemeral containers that have run in this pod. Each ephemeral container in
   * the pod should have at most one status in this list, and all statuses should be for
   * containers in the pod. However this is not enforced. If a status for a non-existent
   * container is present in the list, or the list has duplicate names, the behavior of various
   * Kubernetes components is not defined and those statuses might be ignored. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status
   *
   * @return ephemeralContainerStatuses
   */
  public List<V1ContainerStatus> getEphemeralContainerStatuses() {
    return ephemeralContainerStatuses;
  }

  public void setEphemeralContainerStatuses(List<V1ContainerStatus> ephemeralContainerStatuses) {
    this.ephemeralContainerStatuses = ephemeralContainerStatuses;
  }

  public V1PodStatus extendedResourceClaimStatus(V1PodExtendedResourceClaimStatus extendedResourceClaimStatus) {
    this.extendedResourceClaimStatus = extendedResourceClaimStatus;
    return this;
  }

  /**
   * Status of extended resource claim backed by DRA.
   *
   * @return extendedResourceClaimStatus
   */
  public V1PodExtendedResourceClaimStatus getExtendedResourceClaimStatus() {
    return extendedResourceClaimStatus;
  }

  public void setExtendedResourceClaimStatus(V1PodExtendedResourceClaimStatus extendedResourceClaimStatus) {
    this.extendedResourceClaimStatus = extendedResourceClaimStatus;
  }

  public V1PodStatus hostIP(String hostIP) {
    this.hostIP = hostIP;
    return this;
  }

  /**
   * hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has
   * not started yet. A pod can be assigned to a node that has a problem in kubelet which in
   * turns mean that HostIP will not be updated even if there is a node is assigned to pod
   *
   * @return hostIP
   */
  public String getHostIP() {
    return hostIP;
  }

  public void setHostIP(String hostIP) {
    this.hostIP = hostIP;
  }

  public V1PodStatus hostIPs(List<V1HostIP> hostIPs) {
    this.hostIPs = hostIPs;
    return this;
  }

  public V1PodStatus addHostIPsItem(V1HostIP item) {
    if (this.hostIPs == null) {
      this.hostIPs = new ArrayList<>();
    }
    this.hostIPs.add(item);
    return this;
  }

  /**
   * hostIPs holds the IP addresses allocated to the host. If this field is specified, the first
   * entry must match the hostIP field. This list is empty if the pod has not started yet. A pod
   * can be assigned to a node that has a problem in kubelet which in turns means that HostIPs
   * will not be updated even if there is a node is assigned to this pod.
   *
   * @return hostIPs
   */
  public List<V1HostIP> getHostIPs() {
    return hostIPs;
  }

  public void setHostIPs(List<V1HostIP> hostIPs) {
    this.hostIPs = hostIPs;
  }

  public V1PodStatus initContainerStatuses(List<V1ContainerStatus> initContainerStatuses) {
    this.initContainerStatuses = initContainerStatuses;
    return this;
  }

  public V1PodStatus addInitContainerStatusesItem(V1ContainerStatus item) {
    if (this.initContainerStatuses == null) {
      this.initContainerStatuses = new ArrayList<>();
    }
    this.initContainerStatuses.add(item);
    return this;
  }

  /**
   * Statuses of init containers in this pod. The most recent successful non-restartable init
   * container will have ready = true, the most recently started container will have startTime
   * set. Each init container in the pod should have at most one status in this list, and all
   * statuses should be for containers in the pod. However this is not enforced. If a status for
   * a non-existent container is present in the list, or the list has duplicate names, the
   * behavior of various Kubernetes components is not defined and those statuses might be
   * ignored. More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#pod-and-container-status
   *
   * @return initContainerStatuses
   */
  public List<V1ContainerStatus> getInitContainerStatuses() {
    return initContainerStatuses;
  }

  public void setInitContainerStatuses(List<V1ContainerStatus> initContainerStatuses) {
    this.initContainerStatuses = initContainerStatuses;
  }

  public V1PodStatus message(String message) {
    this.message = message;
    return this;
  }

  /**
   * A human readable message indicating details about why the pod is in this condition.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1PodStatus nodeAllocatableResourceClaimStatuses(List<V1NodeAllocatableResourceClaimStatus> nodeAllocatableResourceClaimStatuses) {
    this.nodeAllocatableResourceClaimStatuses = nodeAllocatableResourceClaimStatuses;
    return this;
  }

  public V1PodStatus addNodeAllocatableResourceClaimStatusesItem(V1NodeAllocatableResourceClaimStatus item) {
    if (this.nodeAllocatableResourceClaimStatuses == null) {
      this.nodeAllocatableResourceClaimStatuses = new ArrayList<>();
    }
    this.nodeAllocatableResourceClaimStatuses.add(item);
    return this;
  }

  /**
   * NodeAllocatableResourceClaimStatuses contains the status of node-allocatable resources that
   * were allocated for this pod through DRA claims. This includes resources currently reported
   * in v1.Node `status.allocatable` that are not extended resources (see
   * https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#extended-resources).
   * Examples include "cpu", "memory", "ephemeral-storage", and hugepages.
   *
   * @return nodeAllocatableResourceClaimStatuses
   */
  public List<V1NodeAllocatableResourceClaimStatus> getNodeAllocatableResourceClaimStatuses() {
    return nodeAllocatableResourceClaimStatuses;
  }

  public void setNodeAllocatableResourceClaimStatuses(List<V1NodeAllocatableResourceClaimStatus> nodeAllocatableResourceClaimStatuses) {
    this.nodeAllocatableResourceClaimStatuses = nodeAllocatableResourceClaimStatuses;
  }

  public V1PodStatus nominatedNodeName(String nominatedNodeName) {
    this.nominatedNodeName = nominatedNodeName;
    return this;
  }

  /**
   * nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot
   * be scheduled right away as preemption victims receive their graceful termination periods.
   * This field does not guarantee that the pod will be scheduled on this node. Scheduler may
   * decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also
   * decide to give the resources on this node to a higher priority pod that is created after
   * preemption. As a result, this field may be different than PodSpec.nodeName when the pod is
   * scheduled.
   *
   * @return nominatedNodeName
   */
  public String getNominatedNodeName() {
    return nominatedNodeName;
  }

  public void setNominatedNodeName(String nominatedNodeName) {
    this.nominatedNodeName = nominatedNodeName;
  }

  public V1PodStatus observedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
    return this;
  }

  /**
   * If set, this represents the .metadata.generation that the pod status was set based upon. The
   * PodObservedGenerationTracking feature gate must be enabled to use this field.
   *
   * @return observedGeneration
   */
  public Long getObservedGeneration() {
    return observedGeneration;
  }

  public void setObservedGeneration(Long observedGeneration) {
    this.observedGeneration = observedGeneration;
  }

  public V1PodStatus phase(String phase) {
    this.phase = phase;
    return this;
  }

  /**
   * The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. The
   * conditions array, the reason and message fields, and the individual container status arrays
   * contain more detail about the pod's status. There are five possible phase values:
   *
   * Pending: The pod has been accepted by the Kubernetes system, but one or more of the
   * container images has not been created. This includes time before being scheduled as well as
   * time spent downloading images over the network, which could take a while. Running: The pod
   * has been bound to a node, and all of the containers have been created. At least one
   * container is still running, or is in the process of starting or restarting. Succeeded: All
   * containers in the pod have terminated in success, and will not be restarted. Failed: All
   * containers in the pod have terminated, and at least one container has terminated in failure.
   * The container either exited with non-zero status or was terminated by the system. Unknown:
   * For some reason the state of the pod could not be obtained, typically due to an error in
   * communicating with the host of the pod.
   *
   * More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase
   *
   * @return phase
   */
  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public V1PodStatus podIP(String podIP) {
    this.podIP = podIP;
    return this;
  }

  /**
   * podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet
   * allocated.
   *
   * @return podIP
   */
  public String getPodIP() {
    return podIP;
  }

  public void setPodIP(String podIP) {
    this.podIP = podIP;
  }

  public V1PodStatus podIPs(List<V1PodIP> podIPs) {
    this.podIPs = podIPs;
    return this;
  }

  public V1PodStatus addPodIPsItem(V1PodIP item) {
    if (this.podIPs == null) {
      this.podIPs = new ArrayList<>();
    }
    this.podIPs.add(item);
    return this;
  }

  /**
   * podIPs holds the IP addresses allocated to the pod. If this field is specified, the 0th
   * entry must match the podIP field. Pods may be allocated at most 1 value for each of IPv4 and
   * IPv6. This list is empty if no IPs have been allocated yet.
   *
   * @return podIPs
   */
  public List<V1PodIP> getPodIPs() {
    return podIPs;
  }

  public void setPodIPs(List<V1PodIP> podIPs) {
    this.podIPs = podIPs;
  }

  public V1PodStatus qosClass(String qosClass) {
    this.qosClass = qosClass;
    return this;
  }

  /**
   * The Quality of Service (QOS) classification assigned to the pod based on resource
   * requirements See PodQOSClass type for available QOS classes More info:
   * https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes
   *
   * @return qosClass
   */
  public String getQosClass() {
    return qosClass;
  }

  public void setQosClass(String qosClass) {
    this.qosClass = qosClass;
  }

  public V1PodStatus reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * A brief CamelCase message indicating details about why the pod is in this state. e.g.
   * 'Evicted'
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1PodStatus resize(String resize) {
    this.resize = resize;
    return this;
  }

  /**
   * Status of resources resize desired for pod's containers. It is empty if no resources resize
   * is pending. Any changes to container resources will automatically set this to "Proposed"
   * Deprecated: Resize status is moved to two pod conditions PodResizePending and
   * PodResizeInProgress. PodResizePending will track states where the spec has been resized, but
   * the Kubelet has not yet allocated the resources. PodResizeInProgress will track in-progress
   * resizes, and should be present whenever allocated resources != acknowledged resources.
   *
   * @return resize
   */
  public String getResize() {
    return resize;
  }

  public void setResize(String resize) {
    this.resize = resize;
  }

  public V1PodStatus resourceClaimStatuses(List<V1PodResourceClaimStatus> resourceClaimStatuses) {
    this.resourceClaimStatuses = resourceClaimStatuses;
    return this;
  }

  public V1PodStatus addResourceClaimStatusesItem(V1PodResourceClaimStatus item) {
    if (this.resourceClaimStatuses == null) {
      this.resourceClaimStatuses = new ArrayList<>();
    }
    this.resourceClaimStatuses.add(item);
    return this;
  }

  /**
   * Status of resource claims.
   *
   * @return resourceClaimStatuses
   */
  public List<V1PodResourceClaimStatus> getResourceClaimStatuses() {
    return resourceClaimStatuses;
  }

  public void setResourceClaimStatuses(List<V1PodResourceClaimStatus> resourceClaimStatuses) {
    this.resourceClaimStatuses = resourceClaimStatuses;
  }

  public V1PodStatus resources(V1ResourceRequirements resources) {
    this.resources = resources;
    return this;
  }

  /**
   * Resources represents the compute resource requests and limits that have been applied at the
   * pod level if pod-level requests or limits are set in PodSpec.Resources
   *
   * @return resources
   */
  public V1ResourceRequirements getResources() {
    return resources;
  }

  public void setResources(V1ResourceRequirements resources) {
    this.resources = resources;
  }

  public V1PodStatus startTime(OffsetDateTime startTime) {
    this.startTime = startTime;
    return this;
  }

  /**
   * RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before
   * the Kubelet pulled the container image(s) for the pod.
   *
   * @return startTime
   */
  public OffsetDateTime getStartTime() {
    return startTime;
  }

  public void setStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
  }

  public V1PodStatus volumeHealth(List<V1PodVolumeHealth> volumeHealth) {
    this.volumeHealth = volumeHealth;
    return this;
  }

  public V1PodStatus addVolumeHealthItem(V1PodVolumeHealth item) {
    if (this.volumeHealth == null) {
      this.volumeHealth = new ArrayList<>();
    }
    this.volumeHealth.add(item);
    return this;
  }

  /**
   * volumeHealth contains node-reported health for each volume the pod is using. Populated by
   * the kubelet on the pod's node.
   *
   * @return volumeHealth
   */
  public List<V1PodVolumeHealth> getVolumeHealth() {
    return volumeHealth;
  }

  public void setVolumeHealth(List<V1PodVolumeHealth> volumeHealth) {
    this.volumeHealth = volumeHealth;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PodStatus that = (V1PodStatus) other;
    return Objects.equals(allocatedResources, that.allocatedResources)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(containerStatuses, that.containerStatuses)
        && Objects.equals(ephemeralContainerStatuses, that.ephemeralContainerStatuses)
        && Objects.equals(extendedResourceClaimStatus, that.extendedResourceClaimStatus)
        && Objects.equals(hostIP, that.hostIP)
        && Objects.equals(hostIPs, that.hostIPs)
        && Objects.equals(initContainerStatuses, that.initContainerStatuses)
        && Objects.equals(message, that.message)
        && Objects.equals(nodeAllocatableResourceClaimStatuses, that.nodeAllocatableResourceClaimStatuses)
        && Objects.equals(nominatedNodeName, that.nominatedNodeName)
        && Objects.equals(observedGeneration, that.observedGeneration)
        && Objects.equals(phase, that.phase)
        && Objects.equals(podIP, that.podIP)
        && Objects.equals(podIPs, that.podIPs)
        && Objects.equals(qosClass, that.qosClass)
        && Objects.equals(reason, that.reason)
        && Objects.equals(resize, that.resize)
        && Objects.equals(resourceClaimStatuses, that.resourceClaimStatuses)
        && Objects.equals(resources, that.resources)
        && Objects.equals(startTime, that.startTime)
        && Objects.equals(volumeHealth, that.volumeHealth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocatedResources, conditions, containerStatuses, ephemeralContainerStatuses, extendedResourceClaimStatus, hostIP, hostIPs, initContainerStatuses, message, nodeAllocatableResourceClaimStatuses, nominatedNodeName, observedGeneration, phase, podIP, podIPs, qosClass, reason, resize, resourceClaimStatuses, resources, startTime, volumeHealth);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PodStatus {\n");
    sb.append("    allocatedResources: ").append(String.valueOf(allocatedResources).replace("\n", "\n    ")).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    containerStatuses: ").append(String.valueOf(containerStatuses).replace("\n", "\n    ")).append('\n');
    sb.append("    ephemeralContainerStatuses: ").append(String.valueOf(ephemeralContainerStatuses).replace("\n", "\n    ")).append('\n');
    sb.append("    extendedResourceClaimStatus: ").append(String.valueOf(extendedResourceClaimStatus).replace("\n", "\n    ")).append('\n');
    sb.append("    hostIP: ").append(hostIP).append('\n');
    sb.append("    hostIPs: ").append(String.valueOf(hostIPs).replace("\n", "\n    ")).append('\n');
    sb.append("    initContainerStatuses: ").append(String.valueOf(initContainerStatuses).replace("\n", "\n    ")).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    nodeAllocatableResourceClaimStatuses: ").append(String.valueOf(nodeAllocatableResourceClaimStatuses).replace("\n", "\n    ")).append('\n');
    sb.append("    nominatedNodeName: ").append(nominatedNodeName).append('\n');
    sb.append("    observedGeneration: ").append(observedGeneration).append('\n');
    sb.append("    phase: ").append(phase).append('\n');
    sb.append("    podIP: ").append(podIP).append('\n');
    sb.append("    podIPs: ").append(String.valueOf(podIPs).replace("\n", "\n    ")).append('\n');
    sb.append("    qosClass: ").append(qosClass).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    resize: ").append(resize).append('\n');
    sb.append("    resourceClaimStatuses: ").append(String.valueOf(resourceClaimStatuses).replace("\n", "\n    ")).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    sb.append("    startTime: ").append(startTime).append('\n');
    sb.append("    volumeHealth: ").append(String.valueOf(volumeHealth).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
