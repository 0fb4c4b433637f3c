package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation
 */
public class V1ModifyVolumeStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "status",
      "targetVolumeAttributesClassName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ModifyVolumeStatus> CODEC = new Codec<V1ModifyVolumeStatus>() {
    @Override
    public V1ModifyVolumeStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ModifyVolumeStatus)");
      }
      V1ModifyVolumeStatus o = new V1ModifyVolumeStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.status = Codecs.STRING.read(p);
            break;
          case 1:
            o.targetVolumeAttributesClassName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ModifyVolumeStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.status != null) {
        g.writeFieldName("status");
        Codecs.STRING.write(g, o.status);
      }
      if (o.targetVolumeAttributesClassName != null) {
        g.writeFieldName("targetVolumeAttributesClassName");
        Codecs.STRING.write(g, o.targetVolumeAttributesClassName);
      }
      g.writeEndObject();
    }
  };

  private String status;

  private String targetVolumeAttributesClassName;

  public V1ModifyVolumeStatus status(String status) {
    this.status = status;
    return this;
  }

  /**
   * status is the status of the ControllerModifyVolume operation. It can be in any of following
   * states:
   *  - Pending
   *    Pending indicates that the PersistentVolumeClaim cannot be modified due to unmet
   * requirements, such as
   *    the specified VolumeAttributesClass not existing.
   *  - InProgress
   *    InProgress indicates that the volume is being modified.
   *  - Infeasible
   *   Infeasible indicates that the request has been rejected as invalid by the CSI driver. To
   *           resolve the error, a valid VolumeAttributesClass needs to be specified.
   * Note: New statuses can be added in the future. Consumers should check for unknown statuses
   * and fail appropriately.
   *
   * @return status
   */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public V1ModifyVolumeStatus targetVolumeAttributesClassName(String targetVolumeAttributesClassName) {
    this.targetVolumeAttributesClassName = targetVolumeAttributesClassName;
    return this;
  }

  /**
   * targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently
   * being reconciled
   *
   * @return targetVolumeAttributesClassName
   */
  public String getTargetVolumeAttributesClassName() {
    return targetVolumeAttributesClassName;
  }

  public void setTargetVolumeAttributesClassName(String targetVolumeAttributesClassName) {
    this.targetVolumeAttributesClassName = targetVolumeAttributesClassName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ModifyVolumeStatus that = (V1ModifyVolumeStatus) other;
    return Objects.equals(status, that.status)
        && Objects.equals(targetVolumeAttributesClassName, that.targetVolumeAttributesClassName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, targetVolumeAttributesClassName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ModifyVolumeStatus {\n");
    sb.append("    status: ").append(status).append('\n');
    sb.append("    targetVolumeAttributesClassName: ").append(targetVolumeAttributesClassName).append('\n');
    return sb.append("}").toString();
  }
}
