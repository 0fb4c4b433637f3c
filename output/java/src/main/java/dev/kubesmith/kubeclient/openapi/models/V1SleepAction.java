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
 * SleepAction describes a "sleep" action.
 */
public class V1SleepAction {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "seconds");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1SleepAction> CODEC = new Codec<V1SleepAction>() {
    @Override
    public V1SleepAction read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1SleepAction)");
      }
      V1SleepAction o = new V1SleepAction();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.seconds = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1SleepAction o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.seconds != null) {
        g.writeFieldName("seconds");
        Codecs.INT64.write(g, o.seconds);
      }
      g.writeEndObject();
    }
  };

  private Long seconds;

  public V1SleepAction seconds(Long seconds) {
    this.seconds = seconds;
    return this;
  }

  /**
   * Seconds is the number of seconds to sleep.
   *
   * @return seconds
   */
  public Long getSeconds() {
    return seconds;
  }

  public void setSeconds(Long seconds) {
    this.seconds = seconds;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1SleepAction that = (V1SleepAction) other;
    return Objects.equals(seconds, that.seconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seconds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1SleepAction {\n");
    sb.append("    seconds: ").append(seconds).append('\n');
    return sb.append("}").toString();
  }
}
