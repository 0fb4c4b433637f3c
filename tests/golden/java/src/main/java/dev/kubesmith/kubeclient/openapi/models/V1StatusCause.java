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
 * StatusCause provides more information about an api.Status failure, including cases when
 * multiple errors are encountered.
 */
public class V1StatusCause {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "field",
      "message",
      "reason");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StatusCause> CODEC = new Codec<V1StatusCause>() {
    @Override
    public V1StatusCause read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StatusCause)");
      }
      V1StatusCause o = new V1StatusCause();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.field = Codecs.STRING.read(p);
            break;
          case 1:
            o.message = Codecs.STRING.read(p);
            break;
          case 2:
            o.reason = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StatusCause o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.field != null) {
        g.writeFieldName("field");
        Codecs.STRING.write(g, o.field);
      }
      if (o.message != null) {
        g.writeFieldName("message");
        Codecs.STRING.write(g, o.message);
      }
      if (o.reason != null) {
        g.writeFieldName("reason");
        Codecs.STRING.write(g, o.reason);
      }
      g.writeEndObject();
    }
  };

  private String field;

  private String message;

  private String reason;

  public V1StatusCause field(String field) {
    this.field = field;
    return this;
  }

  /**
   * The field of the resource that has caused this error, as named by its JSON serialization.
   * May include dot and postfix notation for nested attributes. Arrays are zero-indexed.  Fields
   * may appear more than once in an array of causes due to fields having multiple errors.
   * Optional.
   *
   * Examples:
   *   "name" - the field "name" on the current resource
   *   "items[0].name" - the field "name" on the first array entry in "items"
   *
   * @return field
   */
  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public V1StatusCause message(String message) {
    this.message = message;
    return this;
  }

  /**
   * A human-readable description of the cause of the error.  This field may be presented as-is
   * to a reader.
   *
   * @return message
   */
  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public V1StatusCause reason(String reason) {
    this.reason = reason;
    return this;
  }

  /**
   * A machine-readable description of the cause of the error. If this value is empty there is no
   * information available.
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
    V1StatusCause that = (V1StatusCause) other;
    return Objects.equals(field, that.field)
        && Objects.equals(message, that.message)
        && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message, reason);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StatusCause {\n");
    sb.append("    field: ").append(field).append('\n');
    sb.append("    message: ").append(message).append('\n');
    sb.append("    reason: ").append(reason).append('\n');
    return sb.append("}").toString();
  }
}
