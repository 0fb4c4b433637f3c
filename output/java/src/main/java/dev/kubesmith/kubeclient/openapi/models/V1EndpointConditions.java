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
 * EndpointConditions represents the current condition of an endpoint.
 */
public class V1EndpointConditions {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "ready",
      "serving",
      "terminating");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1EndpointConditions> CODEC = new Codec<V1EndpointConditions>() {
    @Override
    public V1EndpointConditions read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1EndpointConditions)");
      }
      V1EndpointConditions o = new V1EndpointConditions();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.ready = Codecs.BOOLEAN.read(p);
            break;
          case 1:
            o.serving = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.terminating = Codecs.BOOLEAN.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1EndpointConditions o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.ready != null) {
        g.writeFieldName("ready");
        Codecs.BOOLEAN.write(g, o.ready);
      }
      if (o.serving != null) {
        g.writeFieldName("serving");
        Codecs.BOOLEAN.write(g, o.serving);
      }
      if (o.terminating != null) {
        g.writeFieldName("terminating");
        Codecs.BOOLEAN.write(g, o.terminating);
      }
      g.writeEndObject();
    }
  };

  private Boolean ready;

  private Boolean serving;

  private Boolean terminating;

  public V1EndpointConditions ready(Boolean ready) {
    this.ready = ready;
    return this;
  }

  /**
   * ready indicates that this endpoint is ready to receive traffic, according to whatever system
   * is managing the endpoint. A nil value should be interpreted as "true". In general, an
   * endpoint should be marked ready if it is serving and not terminating, though this can be
   * overridden in some cases, such as when the associated Service has set the
   * publishNotReadyAddresses flag.
   *
   * @return ready
   */
  public Boolean getReady() {
    return ready;
  }

  public void setReady(Boolean ready) {
    this.ready = ready;
  }

  public V1EndpointConditions serving(Boolean serving) {
    this.serving = serving;
    return this;
  }

  /**
   * serving indicates that this endpoint is able to receive traffic, according to whatever
   * system is managing the endpoint. For endpoints backed by pods, the EndpointSlice controller
   * will mark the endpoint as serving if the pod's Ready condition is True. A nil value should
   * be interpreted as "true".
   *
   * @return serving
   */
  public Boolean getServing() {
    return serving;
  }

  public void setServing(Boolean serving) {
    this.serving = serving;
  }

  public V1EndpointConditions terminating(Boolean terminating) {
    this.terminating = terminating;
    return this;
  }

  /**
   * terminating indicates that this endpoint is terminating. A nil value should be interpreted
   * as "false".
   *
   * @return terminating
   */
  public Boolean getTerminating() {
    return terminating;
  }

  public void setTerminating(Boolean terminating) {
    this.terminating = terminating;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1EndpointConditions that = (V1EndpointConditions) other;
    return Objects.equals(ready, that.ready)
        && Objects.equals(serving, that.serving)
        && Objects.equals(terminating, that.terminating);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ready, serving, terminating);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1EndpointConditions {\n");
    sb.append("    ready: ").append(ready).append('\n');
    sb.append("    serving: ").append(serving).append('\n');
    sb.append("    terminating: ").append(terminating).append('\n');
    return sb.append("}").toString();
  }
}
