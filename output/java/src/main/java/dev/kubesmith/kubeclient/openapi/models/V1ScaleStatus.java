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
 * ScaleStatus represents the current status of a scale subresource.
 */
public class V1ScaleStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "replicas",
      "selector");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ScaleStatus> CODEC = new Codec<V1ScaleStatus>() {
    @Override
    public V1ScaleStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ScaleStatus)");
      }
      V1ScaleStatus o = new V1ScaleStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.replicas = Codecs.INT32.read(p);
            break;
          case 1:
            o.selector = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ScaleStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.replicas != null) {
        g.writeFieldName("replicas");
        Codecs.INT32.write(g, o.replicas);
      }
      if (o.selector != null) {
        g.writeFieldName("selector");
        Codecs.STRING.write(g, o.selector);
      }
      g.writeEndObject();
    }
  };

  private Integer replicas;

  private String selector;

  public V1ScaleStatus replicas(Integer replicas) {
    this.replicas = replicas;
    return this;
  }

  /**
   * replicas is the actual number of observed instances of the scaled object.
   *
   * @return replicas
   */
  public Integer getReplicas() {
    return replicas;
  }

  public void setReplicas(Integer replicas) {
    this.replicas = replicas;
  }

  public V1ScaleStatus selector(String selector) {
    this.selector = selector;
    return this;
  }

  /**
   * selector is the label query over pods that should match the replicas count. This is same as
   * the label selector but in the string format to avoid introspection by clients. The string
   * will be in the same format as the query-param syntax. More info about label selectors:
   * https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
   *
   * @return selector
   */
  public String getSelector() {
    return selector;
  }

  public void setSelector(String selector) {
    this.selector = selector;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ScaleStatus that = (V1ScaleStatus) other;
    return Objects.equals(replicas, that.replicas)
        && Objects.equals(selector, that.selector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(replicas, selector);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ScaleStatus {\n");
    sb.append("    replicas: ").append(replicas).append('\n');
    sb.append("    selector: ").append(selector).append('\n');
    return sb.append("}").toString();
  }
}
