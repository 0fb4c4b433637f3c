package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CSIDriverSpec is the specification of a CSIDriver.
 */
public class V1CSIDriverSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "attachRequired",
      "fsGroupPolicy",
      "nodeAllocatableUpdatePeriodSeconds",
      "podInfoOnMount",
      "preventPodSchedulingIfMissing",
      "requiresRepublish",
      "seLinuxMount",
      "serviceAccountTokenInSecrets",
      "storageCapacity",
      "tokenRequests",
      "volumeLifecycleModes");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CSIDriverSpec> CODEC = new Codec<V1CSIDriverSpec>() {
    @Override
    public V1CSIDriverSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CSIDriverSpec)");
      }
      V1CSIDriverSpec o = new V1CSIDriverSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.attachRequired = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.fsGroupPolicy = Codecs.STRING.read(p);
            break;
          case 2:
            o.nodeAllocatableUpdatePeriodSeconds = Codecs.INT64.read(p);
            break;
          case 3:
            o.podInfoOnMount = Codecs.BOOLEAN.read(p);
            break;
          case 4:
            o.preventPodSchedulingIfMissing = Codecs.BOOLEAN.read(p);
            break;
          case 5:
            o.requiresRepublish = Codecs.BOOLEAN.read(p);
            break;
          case 6:
            o.seLinuxMount = Codecs.BOOLEAN.read(p);
            break;
          case 7:
            o.serviceAccountTokenInSecrets = Codecs.BOOLEAN.read(p);
            break;
          case 8:
            o.storageCapacity = Codecs.BOOLEAN.read(p);
            break;
          case 9:
            o.tokenRequests = Codecs.listOf(StorageV1TokenRequest.CODEC).read(p);
            break;
          case 10:
            o.volumeLifecycleModes = Codecs.listOf(Codecs.STRING).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CSIDriverSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.attachRequired != null) {
        g.writeFieldName("attachRequired");
        Codecs.BOOLEAN.write(g, o.attachRequired);
      }
      if (o.fsGroupPolicy != null) {
        g.writeFieldName("fsGroupPolicy");
        Codecs.STRING.write(g, o.fsGroupPolicy);
      }
      if (o.nodeAllocatableUpdatePeriodSeconds != null) {
        g.writeFieldName("nodeAllocatableUpdatePeriodSeconds");
        Codecs.INT64.write(g, o.nodeAllocatableUpdatePeriodSeconds);
      }
      if (o.podInfoOnMount != null) {
        g.writeFieldName("podInfoOnMount");
        Codecs.BOOLEAN.write(g, o.podInfoOnMount);
      }
      if (o.preventPodSchedulingIfMissing != null) {
        g.writeFieldName("preventPodSchedulingIfMissing");
        Codecs.BOOLEAN.write(g, o.preventPodSchedulingIfMissing);
      }
      if (o.requiresRepublish != null) {
        g.writeFieldName("requiresRepublish");
        Codecs.BOOLEAN.write(g, o.requiresRepublish);
      }
      if (o.seLinuxMount != null) {
        g.writeFieldName("seLinuxMount");
        Codecs.BOOLEAN.write(g, o.seLinuxMount);
      }
      if (o.serviceAccountTokenInSecrets != null) {
        g.writeFieldName("serviceAccountTokenInSecrets");
        Codecs.BOOLEAN.write(g, o.serviceAccountTokenInSecrets);
      }
      if (o.storageCapacity != null) {
        g.writeFieldName("storageCapacity");
        Codecs.BOOLEAN.write(g, o.storageCapacity);
      }
      if (o.tokenRequests != null) {
        g.writeFieldName("tokenRequests");
        Codecs.listOf(StorageV1TokenRequest.CODEC).write(g, o.tokenRequests);
      }
      if (o.volumeLifecycleModes != null) {
        g.writeFieldName("volumeLifecycleModes");
        Codecs.listOf(Codecs.STRING).write(g, o.volumeLifecycleModes);
      }
      g.writeEndObject();
    }
  };

  private Boolean attachRequired;

  private String fsGroupPolicy;

  private Long nodeAllocatableUpdatePeriodSeconds;

  private Boolean podInfoOnMount;

  private Boolean preventPodSchedulingIfMissing;

  private Boolean requiresRepublish;

  private Boolean seLinuxMount;

  private Boolean serviceAccountTokenInSecrets;

  private Boolean storageCapacity;

  private List<StorageV1TokenRequest> tokenRequests;

  private List<String> volumeLifecycleModes;

  public V1CSIDriverSpec attachRequired(Boolean attachRequired) {
    this.attachRequired = attachRequired;
    return this;
  }

  /**
   * attachRequired indicates this CSI volume driver requires an attach operation (because it
   * implements the CSI ControllerPublishVolume() method), and that the Kubernetes attach detach
   * controller should call the attach volume interface which checks the volumeattachment status
   * and waits until the volume is attached before proceeding to mounting. The CSI
   * external-attacher coordinates with CSI volume driver and updates the volumeattachment status
   * when the attach operation is complete. If the value is specified to false, the attach
   * operation will be skipped. Otherwise the attach operation will be called.
   *
   * This field is immutable.
   *
   * @return attachRequired
   */
  public Boolean getAttachRequired() {
    return attachRequired;
  }

  public void setAttachRequired(Boolean attachRequired) {
    this.attachRequired = attachRequired;
  }

  public V1CSIDriverSpec fsGroupPolicy(String fsGroupPolicy) {
    this.fsGroupPolicy = fsGroupPolicy;
    return this;
  }

  /**
   * fsGroupPolicy defines if the underlying volume supports changing ownership and permission of
   * the volume before being mounted. Refer to the specific FSGroupPolicy values for additional
   * details.
   *
   * This field was immutable in Kubernetes &lt; 1.29 and now is mutable.
   *
   * Defaults to ReadWriteOnceWithFSType, which will examine each volume to determine if
   * Kubernetes should modify ownership and permissions of the volume. With the default policy
   * the defined fsGroup will only be applied if a fstype is defined and the volume's access mode
   * contains ReadWriteOnce.
   *
   * @return fsGroupPolicy
   */
  public String getFsGroupPolicy() {
    return fsGroupPolicy;
  }

  public void setFsGroupPolicy(String fsGroupPolicy) {
    this.fsGroupPolicy = fsGroupPolicy;
  }

  public V1CSIDriverSpec nodeAllocatableUpdatePeriodSeconds(Long nodeAllocatableUpdatePeriodSeconds) {
    this.nodeAllocatableUpdatePeriodSeconds = nodeAllocatableUpdatePeriodSeconds;
    return this;
  }

  /**
   * nodeAllocatableUpdatePeriodSeconds specifies the interval between periodic updates of the
   * CSINode allocatable capacity for this driver. When set, both periodic updates and updates
   * triggered by capacity-related failures are enabled. If not set, no updates occur (neither
   * periodic nor upon detecting capacity-related failures), and the allocatable.count remains
   * static. The minimum allowed value for this field is 10 seconds.
   *
   * This feature requires the MutableCSINodeAllocatableCount feature gate to be enabled.
   *
   * This field is mutable.
   *
   * @return nodeAllocatableUpdatePeriodSeconds
   */
  public Long getNodeAllocatableUpdatePeriodSeconds() {
    return nodeAllocatableUpdatePeriodSeconds;
  }

  public void setNodeAllocatableUpdatePeriodSeconds(Long nodeAllocatableUpdatePeriodSeconds) {
    this.nodeAllocatableUpdatePeriodSeconds = nodeAllocatableUpdatePeriodSeconds;
  }

  public V1CSIDriverSpec podInfoOnMount(Boolean podInfoOnMount) {
    this.podInfoOnMount = podInfoOnMount;
    return this;
  }

  /**
   * podInfoOnMount indicates this CSI volume driver requires additional pod information (like
   * podName, podUID, etc.) during mount operations, if set to true. If set to false, pod
   * information will not be passed on mount. Default is false.
   *
   * The CSI driver specifies podInfoOnMount as part of driver deployment. If true, Kubelet will
   * pass pod information as VolumeContext in the CSI NodePublishVolume() calls. The CSI driver
   * is responsible for parsing and validating the information passed in as VolumeContext.
   *
   * The following VolumeContext will be passed if podInfoOnMount is set to true. This list might
   * grow, but the prefix will be used. "csi.storage.k8s.io/pod.name": pod.Name
   * "csi.storage.k8s.io/pod.namespace": pod.Namespace "csi.storage.k8s.io/pod.uid":
   * string(pod.UID) "csi.storage.k8s.io/ephemeral": "true" if the volume is an ephemeral inline
   * volume
   *                                 defined by a CSIVolumeSource, otherwise "false"
   *
   * "csi.storage.k8s.io/ephemeral" is a new feature in Kubernetes 1.16. It is only required for
   * drivers which support both the "Persistent" and "Ephemeral" VolumeLifecycleMode. Other
   * drivers can leave pod info disabled and/or ignore this field. As Kubernetes 1.15 doesn't
   * support this field, drivers can only support one mode when deployed on such a cluster and
   * the deployment determines which mode that is, for example via a command line parameter of
   * the driver.
   *
   * This field was immutable in Kubernetes &lt; 1.29 and now is mutable.
   *
   * @return podInfoOnMount
   */
  public Boolean getPodInfoOnMount() {
    return podInfoOnMount;
  }

  public void setPodInfoOnMount(Boolean podInfoOnMount) {
    this.podInfoOnMount = podInfoOnMount;
  }

  public V1CSIDriverSpec preventPodSchedulingIfMissing(Boolean preventPodSchedulingIfMissing) {
    this.preventPodSchedulingIfMissing = preventPodSchedulingIfMissing;
    return this;
  }

  /**
   * preventPodSchedulingIfMissing indicates that the CSI driver wants to prevent pod scheduling
   * if the CSI driver on the node is missing.
   *
   * Enabling this option will prevent the scheduler (or any other component which embeds default
   * scheduler such as cluster-autoscaler) from scheduling pods to nodes where CSI driver is not
   * installed.
   *
   * For components(such as cluster-autoscaler) that embed the scheduler and run pod placement
   * simulations using scheduler plugins, they MUST be aware of CSI driver registration
   * information via CSINode object. They must create simulated CSINode objects in addition to
   * Node objects during scheduling simulation, otherwise if PreventPodSchedulingIfMissing is
   * enabled globally for CSIDriver object, any newly created node may be rejected by the
   * scheduler because of missing CSI driver information from the node.
   *
   * This is a beta feature and requires the VolumeLimitScaling feature gate to be enabled.
   * Default is "false".
   *
   * @return preventPodSchedulingIfMissing
   */
  public Boolean getPreventPodSchedulingIfMissing() {
    return preventPodSchedulingIfMissing;
  }

  public void setPreventPodSchedulingIfMissing(Boolean preventPodSchedulingIfMissing) {
    this.preventPodSchedulingIfMissing = preventPodSchedulingIfMissing;
  }

  public V1CSIDriverSpec requiresRepublish(Boolean requiresRepublish) {
    this.requiresRepublish = requiresRepublish;
    return this;
  }

  /**
   * requiresRepublish indicates the CSI driver wants `NodePublishVolume` being periodically
   * called to reflect any possible change in the mounted volume. This field defaults to false.
   *
   * Note: After a successful initial NodePublishVolume call, subsequent calls to
   * NodePublishVolume should only update the contents of the volume. New mount points will not
   * be seen by a running container.
   *
   * @return requiresRepublish
   */
  public Boolean getRequiresRepublish() {
    return requiresRepublish;
  }

  public void setRequiresRepublish(Boolean requiresRepublish) {
    this.requiresRepublish = requiresRepublish;
  }

  public V1CSIDriverSpec seLinuxMount(Boolean seLinuxMount) {
    this.seLinuxMount = seLinuxMount;
    return this;
  }

  /**
   * seLinuxMount specifies if the CSI driver supports "-o context" mount option.
   *
   * When "true", the CSI driver must ensure that all volumes provided by this CSI driver can be
   * mounted separately with different `-o context` options. This is typical for storage backends
   * that provide volumes as filesystems on block devices or as independent shared volumes.
   * Kubernetes will call NodeStage / NodePublish with "-o context=xyz" mount option when
   * mounting a ReadWriteOncePod volume used in Pod that has explicitly set SELinux context. In
   * the future, it may be expanded to other volume AccessModes. In any case, Kubernetes will
   * ensure that the volume is mounted only with a single SELinux context.
   *
   * When "false", Kubernetes won't pass any special SELinux mount options to the driver. This is
   * typical for volumes that represent subdirectories of a bigger shared filesystem.
   *
   * Default is "false".
   *
   * @return seLinuxMount
   */
  public Boolean getSeLinuxMount() {
    return seLinuxMount;
  }

  public void setSeLinuxMount(Boolean seLinuxMount) {
    this.seLinuxMount = seLinuxMount;
  }

  public V1CSIDriverSpec serviceAccountTokenInSecrets(Boolean serviceAccountTokenInSecrets) {
    this.serviceAccountTokenInSecrets = serviceAccountTokenInSecrets;
    return this;
  }

  /**
   * serviceAccountTokenInSecrets is an opt-in for CSI drivers to indicate that service account
   * tokens should be passed via the Secrets field in NodePublishVolumeRequest instead of the
   * VolumeContext field. The CSI specification provides a dedicated Secrets field for sensitive
   * information like tokens, which is the appropriate mechanism for handling credentials. This
   * addresses security concerns where sensitive tokens were being logged as part of volume
   * context.
   *
   * When "true", kubelet will pass the tokens only in the Secrets field with the key
   * "csi.storage.k8s.io/serviceAccount.tokens". The CSI driver must be updated to read tokens
   * from the Secrets field instead of VolumeContext.
   *
   * When "false" or not set, kubelet will pass the tokens in VolumeContext with the key
   * "csi.storage.k8s.io/serviceAccount.tokens" (existing behavior). This maintains backward
   * compatibility with existing CSI drivers.
   *
   * This field can only be set when TokenRequests is configured. The API server will reject
   * CSIDriver specs that set this field without TokenRequests.
   *
   * Default behavior if unset is to pass tokens in the VolumeContext field.
   *
   * @return serviceAccountTokenInSecrets
   */
  public Boolean getServiceAccountTokenInSecrets() {
    return serviceAccountTokenInSecrets;
  }

  public void setServiceAccountTokenInSecrets(Boolean serviceAccountTokenInSecrets) {
    this.serviceAccountTokenInSecrets = serviceAccountTokenInSecrets;
  }

  public V1CSIDriverSpec storageCapacity(Boolean storageCapacity) {
    this.storageCapacity = storageCapacity;
    return this;
  }

  /**
   * storageCapacity indicates that the CSI volume driver wants pod scheduling to consider the
   * storage capacity that the driver deployment will report by creating CSIStorageCapacity
   * objects with capacity information, if set to true.
   *
   * The check can be enabled immediately when deploying a driver. In that case, provisioning new
   * volumes with late binding will pause until the driver deployment has published some suitable
   * CSIStorageCapacity object.
   *
   * Alternatively, the driver can be deployed with the field unset or false and it can be
   * flipped later when storage capacity information has been published.
   *
   * This field was immutable in Kubernetes &lt;= 1.22 and now is mutable.
   *
   * @return storageCapacity
   */
  public Boolean getStorageCapacity() {
    return storageCapacity;
  }

  public void setStorageCapacity(Boolean storageCapacity) {
    this.storageCapacity = storageCapacity;
  }

  public V1CSIDriverSpec tokenRequests(List<StorageV1TokenRequest> tokenRequests) {
    this.tokenRequests = tokenRequests;
    return this;
  }

  public V1CSIDriverSpec addTokenRequestsItem(StorageV1TokenRequest item) {
    if (this.tokenRequests == null) {
      this.tokenRequests = new ArrayList<>();
    }
    this.tokenRequests.add(item);
    return this;
  }

  /**
   * tokenRequests indicates the CSI driver needs pods' service account tokens it is mounting
   * volume for to do necessary authentication. Kubelet will pass the tokens in VolumeContext in
   * the CSI NodePublishVolume calls. The CSI driver should parse and validate the following
   * VolumeContext: "csi.storage.k8s.io/serviceAccount.tokens": {
   *   "&lt;audience&gt;": {
   *     "token": &lt;token&gt;,
   *     "expirationTimestamp": &lt;expiration timestamp in RFC3339&gt;,
   *   },
   *   ...
   * }
   *
   * Note: Audience in each TokenRequest should be different and at most one token is empty
   * string. To receive a new token after expiry, RequiresRepublish can be used to trigger
   * NodePublishVolume periodically.
   *
   * @return tokenRequests
   */
  public List<StorageV1TokenRequest> getTokenRequests() {
    return tokenRequests;
  }

  public void setTokenRequests(List<StorageV1TokenRequest> tokenRequests) {
    this.tokenRequests = tokenRequests;
  }

  public V1CSIDriverSpec volumeLifecycleModes(List<String> volumeLifecycleModes) {
    this.volumeLifecycleModes = volumeLifecycleModes;
    return this;
  }

  public V1CSIDriverSpec addVolumeLifecycleModesItem(String item) {
    if (this.volumeLifecycleModes == null) {
      this.volumeLifecycleModes = new ArrayList<>();
    }
    this.volumeLifecycleModes.add(item);
    return this;
  }

  /**
   * volumeLifecycleModes defines what kind of volumes this CSI volume driver supports. The
   * default if the list is empty is "Persistent", which is the usage defined by the CSI
   * specification and implemented in Kubernetes via the usual PV/PVC mechanism.
   *
   * The other mode is "Ephemeral". In this mode, volumes are defined inline inside the pod spec
   * with CSIVolumeSource and their lifecycle is tied to the lifecycle of that pod. A driver has
   * to be aware of this because it is only going to get a NodePublishVolume call for such a
   * volume.
   *
   * For more information about implementing this mode, see
   * https://kubernetes-csi.github.io/docs/ephemeral-local-volumes.html A driver can support one
   * or more of these modes and more modes may be added in the future.
   *
   * This field is beta. This field is immutable.
   *
   * @return volumeLifecycleModes
   */
  public List<String> getVolumeLifecycleModes() {
    return volumeLifecycleModes;
  }

  public void setVolumeLifecycleModes(List<String> volumeLifecycleModes) {
    this.volumeLifecycleModes = volumeLifecycleModes;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CSIDriverSpec that = (V1CSIDriverSpec) other;
    return Objects.equals(attachRequired, that.attachRequired)
        && Objects.equals(fsGroupPolicy, that.fsGroupPolicy)
        && Objects.equals(nodeAllocatableUpdatePeriodSeconds, that.nodeAllocatableUpdatePeriodSeconds)
        && Objects.equals(podInfoOnMount, that.podInfoOnMount)
        && Objects.equals(preventPodSchedulingIfMissing, that.preventPodSchedulingIfMissing)
        && Objects.equals(requiresRepublish, that.requiresRepublish)
        && Objects.equals(seLinuxMount, that.seLinuxMount)
        && Objects.equals(serviceAccountTokenInSecrets, that.serviceAccountTokenInSecrets)
        && Objects.equals(storageCapacity, that.storageCapacity)
        && Objects.equals(tokenRequests, that.tokenRequests)
        && Objects.equals(volumeLifecycleModes, that.volumeLifecycleModes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attachRequired, fsGroupPolicy, nodeAllocatableUpdatePeriodSeconds, podInfoOnMount, preventPodSchedulingIfMissing, requiresRepublish, seLinuxMount, serviceAccountTokenInSecrets, storageCapacity, tokenRequests, volumeLifecycleModes);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CSIDriverSpec {\n");
    sb.append("    attachRequired: ").append(attachRequired).append('\n');
    sb.append("    fsGroupPolicy: ").append(fsGroupPolicy).append('\n');
    sb.append("    nodeAllocatableUpdatePeriodSeconds: ").append(nodeAllocatableUpdatePeriodSeconds).append('\n');
    sb.append("    podInfoOnMount: ").append(podInfoOnMount).append('\n');
    sb.append("    preventPodSchedulingIfMissing: ").append(preventPodSchedulingIfMissing).append('\n');
    sb.append("    requiresRepublish: ").append(requiresRepublish).append('\n');
    sb.append("    seLinuxMount: ").append(seLinuxMount).append('\n');
    sb.append("    serviceAccountTokenInSecrets: ").append(serviceAccountTokenInSecrets).append('\n');
    sb.append("    storageCapacity: ").append(storageCapacity).append('\n');
    sb.append("    tokenRequests: ").append(String.valueOf(tokenRequests).replace("\n", "\n    ")).append('\n');
    sb.append("    volumeLifecycleModes: ").append(String.valueOf(volumeLifecycleModes).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
