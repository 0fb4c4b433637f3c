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
 * LimitResponse defines how to handle requests that can not be executed right now.
 */
public class V1LimitResponse {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "queuing",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1LimitResponse> CODEC = new Codec<V1LimitResponse>() {
    @Override
    public V1LimitResponse read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1LimitResponse)");
      }
      V1LimitResponse o = new V1LimitResponse();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.queuing = V1QueuingConfiguration.CODEC.read(p);
            break;
          case 1:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1LimitResponse o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.queuing != null) {
        g.writeFieldName("queuing");
        V1QueuingConfiguration.CODEC.write(g, o.queuing);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private V1QueuingConfiguration queuing;

  private String type;

  public V1LimitResponse queuing(V1QueuingConfiguration queuing) {
    this.queuing = queuing;
    return this;
  }

  /**
   * `queuing` holds the configuration parameters for queuing. This field may be non-empty only
   * if `type` is `"Queue"`.
   *
   * @return queuing
   */
  public V1QueuingConfiguration getQueuing() {
    return queuing;
  }

  public void setQueuing(V1QueuingConfiguration queuing) {
    this.queuing = queuing;
  }

  public V1LimitResponse type(String type) {
    this.type = type;
    return this;
  }

  /**
   * `type` is "Queue" or "Reject". "Queue" means that requests that can not be executed upon
   * arrival are held in a queue until they can be executed or a queuing limit is reached.
   * "Reject" means that requests that can not be executed upon arrival are rejected. Required.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1LimitResponse that = (V1LimitResponse) other;
    return Objects.equals(queuing, that.queuing)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(queuing, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1LimitResponse {\n");
    sb.append("    queuing: ").append(String.valueOf(queuing).replace("\n", "\n    ")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
