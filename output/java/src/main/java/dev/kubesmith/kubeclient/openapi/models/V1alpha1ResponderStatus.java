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
 * ResponderStatus represents the last observed status of the eviction process of the
 * responder. It should be only updated by the designated responder whose name is .name field.
 */
public class V1alpha1ResponderStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "completionTime",
      "expectedCompletionTime",
      "heartbeatTime",
      "message",
      "name",
      "startTime");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1ResponderStatus> CODEC = new Codec<V1alpha1ResponderStatus>() {
    @Override
    public V1alpha1ResponderStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1ResponderStatus)");
      }
      V1alpha1ResponderStatus o = new V1alpha1ResponderStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.completionTime = Codecs.TIME.read(p);
            break;
          case 1:
            o.expectedCompletionTime = Codecs.TIME.read(p);
            break;
          case 2:
            o.heartbeatTime = Codecs.TIME.read(p);
            break;
          case 3:
            o.message = Codecs.STRING.read(p);
            break;
          case 4:
            o.name = Codecs.STRING.read(p);
            break;
          case 5:
            o.startTime = Codecs.TIME.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1ResponderStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.completionTime != null) {
        g.writeFieldName("completionTime");
        Codecs.TIME.write(g, o.completionTime);
      }
      if (o.expectedCompletionTime != null) {
        g.writeFieldName("expectedCompletionTime");
        Codecs.TIME.write(g, o.expectedCompletionTime);
      }
      if (o.heartbeatTime != null) {
        g.writeFieldName("heartbeatTime");
        Codecs.TIME.write(g, o.heartbeatTime);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.startTime != null) {
        g.writeFieldName("startTime");
        Codecs.TIME.write(g, o.startTime);
      }
      g.writeEndObject();
    }
  };

  private OffsetDateTime completionTime;

  private OffsetDateTime expectedCompletionTime;

  private OffsetDateTime heartbeatTime;

  private String message;

  private String name;

  private OffsetDateTime startTime;

  public V1alpha1ResponderStatus completionTime(OffsetDateTime completionTime) {
    this.completionTime = completionTime;
    return this;
  }

  /**
   * completionTime tracks the time at which the Responder stopped processing the eviction
   * request. Completion means that the responders has either fully or partially completed the
   * eviction process, which may have resulted in target eviction (e.g. pod termination). It
   * should reflect the present time when set. This field becomes immutable once set.
   *
   * @return completionTime
   */
  public OffsetDateTime getCompletionTime() {
    return completionTime;
  }

  public void setCompletionTime(OffsetDateTime completionTime) {
    this.completionTime = completionTime;
  }

  public V1alpha1ResponderStatus expectedCompletionTime(OffsetDateTime expectedCompletionTime) {
    this.expectedCompletionTime = expectedCompletionTime;
    return this;
  }

  /**
   * expectedCompletionTime is the time at which the eviction process step is expected to end for
   * the responder. The time cannot be set to the past. May be omitted if no estimate can be
   * made.
   *
   * @return expectedCompletionTime
   */
  public OffsetDateTime getExpectedCompletionTime() {
    return expectedCompletionTime;
  }

  public void setExpectedCompletionTime(OffsetDateTime expectedCompletionTime) {
    this.expectedCompletionTime = expectedCompletionTime;
  }

  public V1alpha1ResponderStatus heartbeatTime(OffsetDateTime heartbeatTime) {
    this.heartbeatTime = heartbeatTime;
    return this;
  }

  /**
   * heartbeatTime is the last time at which the eviction process was reported to be in progress
   * by the responder. It should reflect the present time when set. Responders should avoid
   * heartbeats more frequent than 20 seconds to avoid overloading the control-plane.
   *
   * @return heartbeatTime
   */
  public OffsetDateTime getHeartbeatTime() {
    return heartbeatTime;
  }

  public void setHeartbeatTime(OffsetDateTime heartbeatTime) {
    this.heartbeatTime = heartbeatTime;
  }

  public V1alpha1ResponderStatus message(String message) {
    this.message = message;
    return this;
  }

  /**
   * message provides human-readable details about the state of the responder and the eviction
   * process. Maximum length is 4000 characters.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1alpha1ResponderStatus name(String name) {
    this.name = name;
    return this;
  }

  /**
   * name allows you to identify the responder reacting to the Eviction.
   *
   * It must be a valid domain-prefixed key (such as "acme.io/foo"). This field is initialized by
   * Kubernetes and must be unique for each responder. This field is required.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1alpha1ResponderStatus startTime(OffsetDateTime startTime) {
    this.startTime = startTime;
    return this;
  }

  /**
   * startTime tracks the time at which this responder was designated as active and should start
   * processing the eviction request. It should reflect the present time when set. This field is
   * initialized by Kubernetes when this responder becomes active. This field becomes immutable
   * once set.
   *
   * @return startTime
   */
  public OffsetDateTime getStartTime() {
    return startTime;
  }

  public void setStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1ResponderStatus that = (V1alpha1ResponderStatus) other;
    return Objects.equals(completionTime, that.completionTime)
        && Objects.equals(expectedCompletionTime, that.expectedCompletionTime)
        && Objects.equals(heartbeatTime, that.heartbeatTime)
        && Objects.equals(message, that.message)
        && Objects.equals(name, that.name)
        && Objects.equals(startTime, that.startTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(completionTime, expectedCompletionTime, heartbeatTime, message, name, startTime);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1ResponderStatus {\n");
    sb.append("    completionTime: ").append(completionTime).append('\n');
    sb.append("    expectedCompletionTime: ").append(expectedCompletionTime).append('\n');
    sb.append("    heartbeatTime: ").append(heartbeatTime).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    startTime: ").append(startTime).append('\n');
    return sb.append("}").toString();
  }
}
