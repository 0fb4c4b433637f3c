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
 * PersistentVolumeClaimStatus is the current status of a persistent volume claim.
 */
public class V1PersistentVolumeClaimStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "accessModes",
      "allocatedResourceStatuses",
      "allocatedResources",
      "capacity",
      "conditions",
      "currentVolumeAttributesClassName",
      "healthStatus",
      "modifyVolumeStatus",
      "phase");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PersistentVolumeClaimStatus> CODEC = new Codec<V1PersistentVolumeClaimStatus>() {
    @Override
    public V1PersistentVolumeClaimStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PersistentVolumeClaimStatus)");
      }
      V1PersistentVolumeClaimStatus o = new V1PersistentVolumeClaimStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.accessModes = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.allocatedResourceStatuses = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 2:
            o.allocatedResources = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 3:
            o.capacity = Codecs.mapOf(Codecs.QUANTITY).read(p);
            break;
          case 4:
            o.conditions = Codecs.listOf(V1PersistentVolumeClaimCondition.CODEC).read(p);
            break;
          case 5:
            o.currentVolumeAttributesClassName = Codecs.STRING.read(p);
            break;
          case 6:
            o.healthStatus = V1VolumeHealthStatus.CODEC.read(p);
            break;
          case 7:
            o.modifyVolumeStatus = V1ModifyVolumeStatus.CODEC.read(p);
            break;
          case 8:
            o.phase = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PersistentVolumeClaimStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.accessModes != null) {
        g.writeFieldName("accessModes");
        Codecs.listOf(Codecs.STRING).write(g, o.accessModes);
      }
      if (o.allocatedResourceStatuses != null) {
        g.writeFieldName("allocatedResourceStatuses");
        Codecs.mapOf(Codecs.STRING).write(g, o.allocatedResourceStatuses);
      }
      if (o.allocatedResources != null) {
        g.writeFieldName("allocatedResources");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.allocatedResources);
      }
      if (o.capacity != null) {
        g.writeFieldName("capacity");
        Codecs.mapOf(Codecs.QUANTITY).write(g, o.capacity);
      }
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1PersistentVolumeClaimCondition.CODEC).write(g, o.conditions);
      }
      if (o.currentVolumeAttributesClassName != null) {
        g.writeFieldName("currentVolumeAttributesClassName");
        Codecs.STRING.write(g, o.currentVolumeAttributesClassName);
      }
      if (o.healthStatus != null) {
        g.writeFieldName("healthStatus");
        V1VolumeHealthStatus.CODEC.write(g, o.healthStatus);
      }
      if (o.modifyVolumeStatus != null) {
        g.writeFieldName("modifyVolumeStatus");
        V1ModifyVolumeStatus.CODEC.write(g, o.modifyVolumeStatus);
      }
      if (o.phase != null) {
        g.writeFieldName("phase");
        Codecs.STRING.write(g, o.phase);
      }
      g.writeEndObject();
    }
  };

  private List<String> accessModes;

  private Map<String, String> allocatedResourceStatuses;

  private Map<String, Quantity> allocatedResources;

  private Map<String, Quantity> capacity;

  private List<V1PersistentVolumeClaimCondition> conditions;

  private String currentVolumeAttributesClassName;

  private V1VolumeHealthStatus healthStatus;

  private V1ModifyVolumeStatus modifyVolumeStatus;

  private String phase;

  public V1PersistentVolumeClaimStatus accessModes(List<String> accessModes) {
    this.accessModes = accessModes;
    return this;
  }

  public V1PersistentVolumeClaimStatus addAccessModesItem(String item) {
    if (this.accessModes == null) {
      this.accessModes = new ArrayList<>();
    }
    this.accessModes.add(item);
    return this;
  }

  /**
   * accessModes contains the actual access modes the volume backing the PVC has. More info:
   * https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
   *
   * @return accessModes
   */
  public List<String> getAccessModes() {
    return accessModes;
  }

  public void setAccessModes(List<String> accessModes) {
    this.accessModes = accessModes;
  }

  public V1PersistentVolumeClaimStatus allocatedResourceStatuses(Map<String, String> allocatedResourceStatuses) {
    this.allocatedResourceStatuses = allocatedResourceStatuses;
    return this;
  }

  public V1PersistentVolumeClaimStatus putAllocatedResourceStatusesItem(String key, String item) {
    if (this.allocatedResourceStatuses == null) {
      this.allocatedResourceStatuses = new LinkedHashMap<>();
    }
    this.allocatedResourceStatuses.put(key, item);
    return this;
  }

  /**
   * allocatedResourceStatuses stores status of resource being resized for the given PVC. Key
   * names follow standard Kubernetes label syntax. Valid values are either:
   *         * Un-prefixed keys:
   *                 - storage - the capacity of the volume.
   *         * Custom resources must use implementation-defined prefixed names such as
   * "example.com/my-custom-resource"
   * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are
   * considered reserved and hence may not be used.
   *
   * ClaimResourceStatus can be in any of following states:
   *         - ControllerResizeInProgress:
   *                 State set when resize controller starts resizing the volume in
   * control-plane.
   *         - ControllerResizeFailed:
   *                 State set when resize has failed in resize controller with a terminal error.
   *         - NodeResizePending:
   *                 State set when resize controller has finished resizing the volume but
   * further resizing of
   *                 volume is needed on the node.
   *         - NodeResizeInProgress:
   *                 State set when kubelet starts resizing the volume.
   *         - NodeResizeFailed:
   *                 State set when resizing has failed in kubelet with a terminal error.
   * Transient errors don't set
   *                 NodeResizeFailed.
   * For example: if expanding a PVC for more capacity - this field can be one of the following
   * states:
   *         - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeInProgress"
   *      - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeFailed"
   *      - pvc.status.allocatedResourceStatus['storage'] = "NodeResizePending"
   *      - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeInProgress"
   *      - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeFailed"
   * When this field is not set, it means that no resize operation is in progress for the given
   * PVC.
   *
   * A controller that receives PVC update with previously unknown resourceName or
   * ClaimResourceStatus should ignore the update for the purpose it was designed. For example -
   * a controller that only is responsible for resizing capacity of the volume, should ignore PVC
   * updates that change other valid resources associated with PVC.
   *
   * @return allocatedResourceStatuses
   */
  public Map<String, String> getAllocatedResourceStatuses() {
    return allocatedResourceStatuses;
  }

  public void setAllocatedResourceStatuses(Map<String, String> allocatedResourceStatuses) {
    this.allocatedResourceStatuses = allocatedResourceStatuses;
  }

  public V1PersistentVolumeClaimStatus allocatedResources(Map<String, Quantity> allocatedResources) {
    this.allocatedResources = allocatedResources;
    return this;
  }

  public V1PersistentVolumeClaimStatus putAllocatedResourcesItem(String key, Quantity item) {
    if (this.allocatedResources == null) {
      this.allocatedResources = new LinkedHashMap<>();
    }
    this.allocatedResources.put(key, item);
    return this;
  }

  /**
   * allocatedResources tracks the resources allocated to a PVC including its capacity. Key names
   * follow standard Kubernetes label syntax. Valid values are either:
   *         * Un-prefixed keys:
   *                 - storage - the capacity of the volume.
   *         * Custom resources must use implementation-defined prefixed names such as
   * "example.com/my-custom-resource"
   * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are
   * considered reserved and hence may not be used.
   *
   * Capacity reported here may be larger than the actual capacity when a volume expansion
   * operation is requested. For storage quota, the larger value from allocatedResources and
   * PVC.spec.resources is used. If allocatedResources is not set, PVC.spec.resources alone is
   * used for quota calculation. If a volume expansion capacity request is lowered,
   * allocatedResources is only lowered if there are no expansion operations in progress and if
   * the actual volume capacity is equal or lower than the requested capacity.
   *
   * A controller that receives PVC update with previously unknown resourceName should ignore the
   * update for the purpose it was designed. For example - a controller that only is responsible
   * for resizing capacity of the volume, should ignore PVC updates that change other valid
   * resources associated with PVC.
   *
   * @return allocatedResources
   */
  public Map<String, Quantity> getAllocatedResources() {
    return allocatedResources;
  }

  public void setAllocatedResources(Map<String, Quantity> allocatedResources) {
    this.allocatedResources = allocatedResources;
  }

  public V1PersistentVolumeClaimStatus capacity(Map<String, Quantity> capacity) {
    this.capacity = capacity;
    return this;
  }

  public V1PersistentVolumeClaimStatus putCapacityItem(String key, Quantity item) {
    if (this.capacity == null) {
      this.capacity = new LinkedHashMap<>();
    }
    this.capacity.put(key, item);
    return this;
  }

  /**
   * capacity represents the actual resources of the underlying volume.
   *
   * @return capacity
   */
  public Map<String, Quantity> getCapacity() {
    return capacity;
  }

  public void setCapacity(Map<String, Quantity> capacity) {
    this.capacity = capacity;
  }

  public V1PersistentVolumeClaimStatus conditions(List<V1PersistentVolumeClaimCondition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1PersistentVolumeClaimStatus addConditionsItem(V1PersistentVolumeClaimCondition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * conditions is the current Condition of persistent volume claim. If underlying persistent
   * volume is being resized then the Condition will be set to 'Resizing'.
   *
   * @return conditions
   */
  public List<V1PersistentVolumeClaimCondition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1PersistentVolumeClaimCondition> conditions) {
    this.conditions = conditions;
  }

  public V1PersistentVolumeClaimStatus currentVolumeAttributesClassName(String currentVolumeAttributesClassName) {
    this.currentVolumeAttributesClassName = currentVolumeAttributesClassName;
    return this;
  }

  /**
   * currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is
   * using. When unset, there is no VolumeAttributeClass applied to this PersistentVolumeClaim
   *
   * @return currentVolumeAttributesClassName
   */
  public String getCurrentVolumeAttributesClassName() {
    return currentVolumeAttributesClassName;
  }

  public void setCurrentVolumeAttributesClassName(String currentVolumeAttributesClassName) {
    this.currentVolumeAttributesClassName = currentVolumeAttributesClassName;
  }

  public V1PersistentVolumeClaimStatus healthStatus(V1VolumeHealthStatus healthStatus) {
    this.healthStatus = healthStatus;
    return this;
  }

  /**
   * healthStatus contains the latest controller-reported health information for the volume bound
   * to this claim.
   *
   * @return healthStatus
   */
  public V1VolumeHealthStatus getHealthStatus() {
    return healthStatus;
  }

  public void setHealthStatus(V1VolumeHealthStatus healthStatus) {
    this.healthStatus = healthStatus;
  }

  public V1PersistentVolumeClaimStatus modifyVolumeStatus(V1ModifyVolumeStatus modifyVolumeStatus) {
    this.modifyVolumeStatus = modifyVolumeStatus;
    return this;
  }

  /**
   * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation. When
   * this is unset, there is no ModifyVolume operation being attempted.
   *
   * @return modifyVolumeStatus
   */
  public V1ModifyVolumeStatus getModifyVolumeStatus() {
    return modifyVolumeStatus;
  }

  public void setModifyVolumeStatus(V1ModifyVolumeStatus modifyVolumeStatus) {
    this.modifyVolumeStatus = modifyVolumeStatus;
  }

  public V1PersistentVolumeClaimStatus phase(String phase) {
    this.phase = phase;
    return this;
  }

  /**
   * phase represents the current phase of PersistentVolumeClaim.
   *
   * @return phase
   */
  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PersistentVolumeClaimStatus that = (V1PersistentVolumeClaimStatus) other;
    return Objects.equals(accessModes, that.accessModes)
        && Objects.equals(allocatedResourceStatuses, that.allocatedResourceStatuses)
        && Objects.equals(allocatedResources, that.allocatedResources)
        && Objects.equals(capacity, that.capacity)
        && Objects.equals(conditions, that.conditions)
        && Objects.equals(currentVolumeAttributesClassName, that.currentVolumeAttributesClassName)
        && Objects.equals(healthStatus, that.healthStatus)
        && Objects.equals(modifyVolumeStatus, that.modifyVolumeStatus)
        && Objects.equals(phase, that.phase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessModes, allocatedResourceStatuses, allocatedResources, capacity, conditions, currentVolumeAttributesClassName, healthStatus, modifyVolumeStatus, phase);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PersistentVolumeClaimStatus {\n");
    sb.append("    accessModes: ").append(String.valueOf(accessModes).replace("\n", "\n    ")).append('\n');
    sb.append("    allocatedResourceStatuses: ").append(String.valueOf(allocatedResourceStatuses).replace("\n", "\n    ")).append('\n');
    sb.append("    allocatedResources: ").append(String.valueOf(allocatedResources).replace("\n", "\n    ")).append('\n');
    sb.append("    capacity: ").append(String.valueOf(capacity).replace("\n", "\n    ")).append('\n');
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    currentVolumeAttributesClassName: ").append(currentVolumeAttributesClassName).append('\n');
    sb.append("    healthStatus: ").append(String.valueOf(healthStatus).replace("\n", "\n    ")).append('\n');
    sb.append("    modifyVolumeStatus: ").append(String.valueOf(modifyVolumeStatus).replace("\n", "\n    ")).append('\n');
    sb.append("    phase: ").append(phase).append('\n');
    return sb.append("}").toString();
  }
}
