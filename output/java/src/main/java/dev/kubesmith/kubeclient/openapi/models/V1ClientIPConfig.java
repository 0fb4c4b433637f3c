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
 * ClientIPConfig represents the configurations of Client IP based session affinity.
 */
public class V1ClientIPConfig {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "timeoutSeconds");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ClientIPConfig> CODEC = new Codec<V1ClientIPConfig>() {
    @Override
    public V1ClientIPConfig read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ClientIPConfig)");
      }
      V1ClientIPConfig o = new V1ClientIPConfig();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.timeoutSeconds = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ClientIPConfig o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.timeoutSeconds != null) {
        g.writeFieldName("timeoutSeconds");
        Codecs.INT32.write(g, o.timeoutSeconds);
      }
      g.writeEndObject();
    }
  };

  private Integer timeoutSeconds;

  public V1ClientIPConfig timeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
    return this;
  }

  /**
   * timeoutSeconds specifies the seconds of ClientIP type session sticky time. The value must be
   * &gt;0 &amp;&amp; &lt;=86400(for 1 day) if ServiceAffinity == "ClientIP". Default value is
   * 10800(for 3 hours).
   *
   * @return timeoutSeconds
   */
  public Integer getTimeoutSeconds() {
    return timeoutSeconds;
  }

  public void setTimeoutSeconds(Integer timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ClientIPConfig that = (V1ClientIPConfig) other;
    return Objects.equals(timeoutSeconds, that.timeoutSeconds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeoutSeconds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ClientIPConfig {\n");
    sb.append("    timeoutSeconds: ").append(timeoutSeconds).append('\n');
    return sb.append("}").toString();
  }
}
