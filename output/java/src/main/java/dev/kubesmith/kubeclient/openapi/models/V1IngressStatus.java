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
 * IngressStatus describe the current state of the Ingress.
 */
public class V1IngressStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "loadBalancer");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressStatus> CODEC = new Codec<V1IngressStatus>() {
    @Override
    public V1IngressStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressStatus)");
      }
      V1IngressStatus o = new V1IngressStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.loadBalancer = V1IngressLoadBalancerStatus.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.loadBalancer != null) {
        g.writeFieldName("loadBalancer");
        V1IngressLoadBalancerStatus.CODEC.write(g, o.loadBalancer);
      }
      g.writeEndObject();
    }
  };

  private V1IngressLoadBalancerStatus loadBalancer;

  public V1IngressStatus loadBalancer(V1IngressLoadBalancerStatus loadBalancer) {
    this.loadBalancer = loadBalancer;
    return this;
  }

  /**
   * loadBalancer contains the current status of the load-balancer.
   *
   * @return loadBalancer
   */
  public V1IngressLoadBalancerStatus getLoadBalancer() {
    return loadBalancer;
  }

  public void setLoadBalancer(V1IngressLoadBalancerStatus loadBalancer) {
    this.loadBalancer = loadBalancer;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IngressStatus that = (V1IngressStatus) other;
    return Objects.equals(loadBalancer, that.loadBalancer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loadBalancer);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressStatus {\n");
    sb.append("    loadBalancer: ").append(String.valueOf(loadBalancer).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
