package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * PersistentVolumeStatus is the current status of a persistent volume.
 */
public class V1PersistentVolumeStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "lastPhaseTransitionTime",
      "message",
      "phase",
      "reason");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PersistentVolumeStatus> CODEC = new Codec<V1PersistentVolumeStatus>() {
    @Override
    public V1PersistentVolumeStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PersistentVolumeStatus)");
      }
      V1PersistentVolumeStatus o = new V1PersistentVolumeStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.lastPhaseTransitionTime = Codecs.TIME.read(p);
            break;
          case 1:
            o.message = Codecs.STRING.read(p);
            break;
          case 2:
            o.phase = Codecs.STRING.read(p);
            break;
          case 3:
            o.reason = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PersistentVolumeStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.lastPhaseTransitionTime != null) {
        g.writeFieldName("lastPhaseTransitionTime");
        Codecs.TIME.write(g, o.lastPhaseTransitionTime);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.phase != null) {
        g.writeFieldName("phase");
        Codecs.STRING.write(g, o.phase);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
      g.writeEndObject();
    }
  };

  private OffsetDateTime lastPhaseTransitionTime;

  private String message;

  private String phase;

  private String reason;

  public V1PersistentVolumeStatus lastPhaseTransitionTime(OffsetDateTime lastPhaseTransitionTime) {
    this.lastPhaseTransitionTime = lastPhaseTransitionTime;
    return this;
  }

  /**
   * lastPhaseTransitionTime is the time the phase transitioned from one to another and
   * automatically resets to current time everytime a volume phase transitions.
   *
   * @return lastPhaseTransitionTime
   */
  public OffsetDateTime getLastPhaseTransitionTime() {
    return lastPhaseTransitionTime;
  }

  public void setLastPhaseTransitionTime(OffsetDateTime lastPhaseTransitionTime) {
    this.lastPhaseTransitionTime = lastPhaseTransitionTime;
  }

  public V1PersistentVolumeStatus message(String message) {
    this.message = message;
    return this;
  }

  /**
   * message is a human-readable message indicating details about why the volume is in this
   * state.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1PersistentVolumeStatus phase(String phase) {
    this.phase = phase;
    return this;
  }

  /**
   * phase indicates if a volume is available, bound to a claim, or released by a claim. More
   * info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#phase
   *
   * @return phase
   */
  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public V1PersistentVolumeStatus reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * reason is a brief CamelCase string that describes any failure and is meant for machine
   * parsing and tidy display in the CLI.
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1PersistentVolumeStatus that = (V1PersistentVolumeStatus) other;
    return Objects.equals(lastPhaseTransitionTime, that.lastPhaseTransitionTime)
        && Objects.equals(message, that.message)
        && Objects.equals(phase, that.phase)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lastPhaseTransitionTime, message, phase, reason);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PersistentVolumeStatus {\n");
    sb.append("    lastPhaseTransitionTime: ").append(lastPhaseTransitionTime).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    phase: ").append(phase).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    return sb.append("}").toString();
  }
}
