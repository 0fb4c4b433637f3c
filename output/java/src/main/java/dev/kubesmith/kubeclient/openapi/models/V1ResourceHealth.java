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
 * ResourceHealth represents the health of a resource. It has the latest device health
 * information. This is a part of KEP https://kep.k8s.io/4680.
 */
public class V1ResourceHealth {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "health",
      "message",
      "resourceID");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceHealth> CODEC = new Codec<V1ResourceHealth>() {
    @Override
    public V1ResourceHealth read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceHealth)");
      }
      V1ResourceHealth o = new V1ResourceHealth();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.health = Codecs.STRING.read(p);
            break;
          case 1:
            o.message = Codecs.STRING.read(p);
            break;
          case 2:
            o.resourceID = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceHealth o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.health != null) {
        g.writeFieldName("health");
        Codecs.STRING.write(g, o.health);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.resourceID != null) {
        g.writeFieldName("resourceID");
        Codecs.STRING.write(g, o.resourceID);
      }
      g.writeEndObject();
    }
  };

  private String health;

  private String message;

  private String resourceID;

  public V1ResourceHealth health(String health) {
    this.health = health;
    return this;
  }

  /**
   * Health of the resource. can be one of:
   *  - Healthy: operates as normal
   *  - Unhealthy: reported unhealthy. We consider this a temporary health issue
   *               since we do not have a mechanism today to distinguish
   *               temporary and permanent issues.
   *  - Unknown: The status cannot be determined.
   *             For example, Device Plugin got unregistered and hasn't been re-registered since.
   *
   * In future we may want to introduce the PermanentlyUnhealthy Status.
   *
   * @return health
   */
  public String getHealth() {
    return health;
  }

  public void setHealth(String health) {
    this.health = health;
  }

  public V1ResourceHealth message(String message) {
    this.message = message;
    return this;
  }

  /**
   * Message provides human-readable context for Health (e.g. "ECC error count exceeded
   * threshold"). This field is populated by the kubelet when ResourceHealthStatusMessage is
   * enabled if the DRA plugin returns a message, and is null otherwise.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1ResourceHealth resourceID(String resourceID) {
    this.resourceID = resourceID;
    return this;
  }

  /**
   * ResourceID is the unique identifier of the resource. See the ResourceID type for more
   * information.
   *
   * @return resourceID
   */
  public String getResourceID() {
    return resourceID;
  }

  public void setResourceID(String resourceID) {
    this.resourceID = resourceID;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourceHealth that = (V1ResourceHealth) other;
    return Objects.equals(health, that.health)
        && Objects.equals(message, that.message)
        && Objects.equals(resourceID, that.resourceID);
  }

  @Override
  public int hashCode() {
    return Objects.hash(health, message, resourceID);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceHealth {\n");
    sb.append("    health: ").append(health).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    resourceID: ").append(resourceID).append('\n');
    return sb.append("}").toString();
  }
}
