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
 * VolumeError captures an error encountered during a volume operation.
 */
public class V1VolumeError {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "errorCode",
      "message",
      "time");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeError> CODEC = new Codec<V1VolumeError>() {
    @Override
    public V1VolumeError read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeError)");
      }
      V1VolumeError o = new V1VolumeError();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.errorCode = Codecs.INT32.read(p);
            break;
          case 1:
            o.message = Codecs.STRING.read(p);
            break;
          case 2:
            o.time = Codecs.TIME.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeError o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.errorCode != null) {
        g.writeFieldName("errorCode");
        Codecs.INT32.write(g, o.errorCode);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.time != null) {
        g.writeFieldName("time");
        Codecs.TIME.write(g, o.time);
      }
      g.writeEndObject();
    }
  };

  private Integer errorCode;

  private String message;

  private OffsetDateTime time;

  public V1VolumeError errorCode(Integer errorCode) {
    this.errorCode = errorCode;
    return this;
  }

  /**
   * errorCode is a numeric gRPC code representing the error encountered during Attach or Detach
   * operations.
   *
   * This field requires the MutableCSINodeAllocatableCount feature gate being enabled to be set.
   *
   * @return errorCode
   */
  public Integer getErrorCode() {
    return errorCode;
  }

  public void setErrorCode(Integer errorCode) {
    this.errorCode = errorCode;
  }

  public V1VolumeError message(String message) {
    this.message = message;
    return this;
  }

  /**
   * message represents the error encountered during Attach or Detach operation. This string may
   * be logged, so it should not contain sensitive information.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1VolumeError time(OffsetDateTime time) {
    this.time = time;
    return this;
  }

  /**
   * time represents the time the error was encountered.
   *
   * @return time
   */
  public OffsetDateTime getTime() {
    return time;
  }

  public void setTime(OffsetDateTime time) {
    this.time = time;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeError that = (V1VolumeError) other;
    return Objects.equals(errorCode, that.errorCode)
        && Objects.equals(message, that.message)
        && Objects.equals(time, that.time);
  }

  @Override
  public int hashCode() {
    return Objects.hash(errorCode, message, time);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeError {\n");
    sb.append("    errorCode: ").append(errorCode).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    time: ").append(time).append('\n');
    return sb.append("}").toString();
  }
}
