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
 * NodeConfigStatus describes the status of the config assigned by Node.Spec.ConfigSource.
 */
public class V1NodeConfigStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "active",
      "assigned",
      "error",
      "lastKnownGood");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeConfigStatus> CODEC = new Codec<V1NodeConfigStatus>() {
    @Override
    public V1NodeConfigStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeConfigStatus)");
      }
      V1NodeConfigStatus o = new V1NodeConfigStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.active = V1NodeConfigSource.CODEC.read(p);
            break;
          case 1:
            o.assigned = V1NodeConfigSource.CODEC.read(p);
            break;
          case 2:
            o.error = Codecs.STRING.read(p);
            break;
          case 3:
            o.lastKnownGood = V1NodeConfigSource.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeConfigStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.active != null) {
        g.writeFieldName("active");
        V1NodeConfigSource.CODEC.write(g, o.active);
      }
      if (o.assigned != null) {
        g.writeFieldName("assigned");
        V1NodeConfigSource.CODEC.write(g, o.assigned);
      }
      if (o.error != null) {
        g.writeFieldName("error");
        Codecs.STRING.write(g, o.error);
      }
      if (o.lastKnownGood != null) {
        g.writeFieldName("lastKnownGood");
        V1NodeConfigSource.CODEC.write(g, o.lastKnownGood);
      }
      g.writeEndObject();
    }
  };

  private V1NodeConfigSource active;

  private V1NodeConfigSource assigned;

  private String error;

  private V1NodeConfigSource lastKnownGood;

  public V1NodeConfigStatus active(V1NodeConfigSource active) {
    this.active = active;
    return this;
  }

  /**
   * Active reports the checkpointed config the node is actively using. Active will represent
   * either the current version of the Assigned config, or the current LastKnownGood config,
   * depending on whether attempting to use the Assigned config results in an error.
   *
   * @return active
   */
  public V1NodeConfigSource getActive() {
    return active;
  }

  public void setActive(V1NodeConfigSource active) {
    this.active = active;
  }

  public V1NodeConfigStatus assigned(V1NodeConfigSource assigned) {
    this.assigned = assigned;
    return this;
  }

  /**
   * Assigned reports the checkpointed config the node will try to use. When
   * Node.Spec.ConfigSource is updated, the node checkpoints the associated config payload to
   * local disk, along with a record indicating intended config. The node refers to this record
   * to choose its config checkpoint, and reports this record in Assigned. Assigned only updates
   * in the status after the record has been checkpointed to disk. When the Kubelet is restarted,
   * it tries to make the Assigned config the Active config by loading and validating the
   * checkpointed payload identified by Assigned.
   *
   * @return assigned
   */
  public V1NodeConfigSource getAssigned() {
    return assigned;
  }

  public void setAssigned(V1NodeConfigSource assigned) {
    this.assigned = assigned;
  }

  public V1NodeConfigStatus error(String error) {
    this.error = error;
    return this;
  }

  /**
   * Error describes any problems reconciling the Spec.ConfigSource to the Active config. Errors
   * may occur, for example, attempting to checkpoint Spec.ConfigSource to the local Assigned
   * record, attempting to checkpoint the payload associated with Spec.ConfigSource, attempting
   * to load or validate the Assigned config, etc. Errors may occur at different points while
   * syncing config. Earlier errors (e.g. download or checkpointing errors) will not result in a
   * rollback to LastKnownGood, and may resolve across Kubelet retries. Later errors (e.g.
   * loading or validating a checkpointed config) will result in a rollback to LastKnownGood. In
   * the latter case, it is usually possible to resolve the error by fixing the config assigned
   * in Spec.ConfigSource. You can find additional information for debugging by searching the
   * error message in the Kubelet log. Error is a human-readable description of the error state;
   * machines can check whether or not Error is empty, but should not rely on the stability of
   * the Error text across Kubelet versions.
   *
   * @return error
   */
  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  public V1NodeConfigStatus lastKnownGood(V1NodeConfigSource lastKnownGood) {
    this.lastKnownGood = lastKnownGood;
    return this;
  }

  /**
   * LastKnownGood reports the checkpointed config the node will fall back to when it encounters
   * an error attempting to use the Assigned config. The Assigned config becomes the
   * LastKnownGood config when the node determines that the Assigned config is stable and
   * correct. This is currently implemented as a 10-minute soak period starting when the local
   * record of Assigned config is updated. If the Assigned config is Active at the end of this
   * period, it becomes the LastKnownGood. Note that if Spec.ConfigSource is reset to nil (use
   * local defaults), the LastKnownGood is also immediately reset to nil, because the local
   * default config is always assumed good. You should not make assumptions about the node's
   * method of determining config stability and correctness, as this may change or become
   * configurable in the future.
   *
   * @return lastKnownGood
   */
  public V1NodeConfigSource getLastKnownGood() {
    return lastKnownGood;
  }

  public void setLastKnownGood(V1NodeConfigSource lastKnownGood) {
    this.lastKnownGood = lastKnownGood;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeConfigStatus that = (V1NodeConfigStatus) other;
    return Objects.equals(active, that.active)
        && Objects.equals(assigned, that.assigned)
        && Objects.equals(error, that.error)
        && Objects.equals(lastKnownGood, that.lastKnownGood);
  }

  @Override
  public int hashCode() {
    return Objects.hash(active, assigned, error, lastKnownGood);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeConfigStatus {\n");
    sb.append("    active: ").append(String.valueOf(active).replace("\n", "\n    ")).append('\n');
    sb.append("    assigned: ").append(String.valueOf(assigned).replace("\n", "\n    ")).append('\n');
    sb.append("    error: ").append(error).append('\n');
    sb.append("    lastKnownGood: ").append(String.valueOf(lastKnownGood).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
