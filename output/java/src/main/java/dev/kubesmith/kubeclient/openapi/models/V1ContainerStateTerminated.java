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
 * ContainerStateTerminated is a terminated state of a container.
 */
public class V1ContainerStateTerminated {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "containerID",
      "exitCode",
      "finishedAt",
      "message",
      "reason",
      "signal",
      "startedAt");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerStateTerminated> CODEC = new Codec<V1ContainerStateTerminated>() {
    @Override
    public V1ContainerStateTerminated read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerStateTerminated)");
      }
      V1ContainerStateTerminated o = new V1ContainerStateTerminated();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.containerID = Codecs.STRING.read(p);
            break;
          case 1:
            o.exitCode = Codecs.INT32.read(p);
            break;
          case 2:
            o.finishedAt = Codecs.TIME.read(p);
            break;
          case 3:
            o.message = Codecs.STRING.read(p);
            break;
          case 4:
            o.reason = Codecs.STRING.read(p);
            break;
          case 5:
            o.signal = Codecs.INT32.read(p);
            break;
          case 6:
            o.startedAt = Codecs.TIME.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerStateTerminated o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.containerID != null) {
        g.writeFieldName("containerID");
        Codecs.STRING.write(g, o.containerID);
      }
      if (o.exitCode != null) {
        g.writeFieldName("exitCode");
        Codecs.INT32.write(g, o.exitCode);
      }
      if (o.finishedAt != null) {
        g.writeFieldName("finishedAt");
        Codecs.TIME.write(g, o.finishedAt);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
      if (o.signal != null) {
        g.writeFieldName("signal");
        Codecs.INT32.write(g, o.signal);
      }
      if (o.startedAt != null) {
        g.writeFieldName("startedAt");
        Codecs.TIME.write(g, o.startedAt);
      }
      g.writeEndObject();
    }
  };

  private String containerID;

  private Integer exitCode;

  private OffsetDateTime finishedAt;

  private String message;

  private String reason;

  private Integer signal;

  private OffsetDateTime startedAt;

  public V1ContainerStateTerminated containerID(String containerID) {
    this.containerID = containerID;
    return this;
  }

  /**
   * Container's ID in the format '&lt;type&gt;://&lt;container_id&gt;'
   *
   * @return containerID
   */
  public String getContainerID() {
    return containerID;
  }

  public void setContainerID(String containerID) {
    this.containerID = containerID;
  }

  public V1ContainerStateTerminated exitCode(Integer exitCode) {
    this.exitCode = exitCode;
    return this;
  }

  /**
   * Exit status from the last termination of the container
   *
   * @return exitCode
   */
  public Integer getExitCode() {
    return exitCode;
  }

  public void setExitCode(Integer exitCode) {
    this.exitCode = exitCode;
  }

  public V1ContainerStateTerminated finishedAt(OffsetDateTime finishedAt) {
    this.finishedAt = finishedAt;
    return this;
  }

  /**
   * Time at which the container last terminated
   *
   * @return finishedAt
   */
  public OffsetDateTime getFinishedAt() {
    return finishedAt;
  }

  public void setFinishedAt(OffsetDateTime finishedAt) {
    this.finishedAt = finishedAt;
  }

  public V1ContainerStateTerminated message(String message) {
    this.message = message;
    return this;
  }

  /**
   * Message regarding the last termination of the container
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1ContainerStateTerminated reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * (brief) reason from the last termination of the container
   *
   * @return reason
   */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public V1ContainerStateTerminated signal(Integer signal) {
    this.signal = signal;
    return this;
  }

  /**
   * Signal from the last termination of the container
   *
   * @return signal
   */
  public Integer getSignal() {
    return signal;
  }

  public void setSignal(Integer signal) {
    this.signal = signal;
  }

  public V1ContainerStateTerminated startedAt(OffsetDateTime startedAt) {
    this.startedAt = startedAt;
    return this;
  }

  /**
   * Time at which previous execution of the container started
   *
   * @return startedAt
   */
  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(OffsetDateTime startedAt) {
    this.startedAt = startedAt;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ContainerStateTerminated that = (V1ContainerStateTerminated) other;
    return Objects.equals(containerID, that.containerID)
        && Objects.equals(exitCode, that.exitCode)
        && Objects.equals(finishedAt, that.finishedAt)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason)
        && Objects.equals(signal, that.signal)
        && Objects.equals(startedAt, that.startedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(containerID, exitCode, finishedAt, message, reason, signal, startedAt);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerStateTerminated {\n");
    sb.append("    containerID: ").append(containerID).append('\n');
    sb.append("    exitCode: ").append(exitCode).append('\n');
    sb.append("    finishedAt: ").append(finishedAt).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    sb.append("    signal: ").append(signal).append('\n');
    sb.append("    startedAt: ").append(startedAt).append('\n');
    return sb.append("}").toString();
  }
}
