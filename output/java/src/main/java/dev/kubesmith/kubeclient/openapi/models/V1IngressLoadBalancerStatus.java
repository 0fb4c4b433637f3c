package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IngressLoadBalancerStatus represents the status of a load-balancer.
 */
public class V1IngressLoadBalancerStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "ingress");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1IngressLoadBalancerStatus> CODEC = new Codec<V1IngressLoadBalancerStatus>() {
    @Override
    public V1IngressLoadBalancerStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1IngressLoadBalancerStatus)");
      }
      V1IngressLoadBalancerStatus o = new V1IngressLoadBalancerStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.ingress = Codecs.listOf(V1IngressLoadBalancerIngress.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1IngressLoadBalancerStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.ingress != null) {
        g.writeFieldName("ingress");
        Codecs.listOf(V1IngressLoadBalancerIngress.CODEC).write(g, o.ingress);
      }
      g.writeEndObject();
    }
  };

  private List<V1IngressLoadBalancerIngress> ingress;

  public V1IngressLoadBalancerStatus ingress(List<V1IngressLoadBalancerIngress> ingress) {
    this.ingress = ingress;
    return this;
  }

  public V1IngressLoadBalancerStatus addIngressItem(V1IngressLoadBalancerIngress item) {
    if (this.ingress == null) {
      this.ingress = new ArrayList<>();
    }
    this.ingress.add(item);
    return this;
  }

  /**
   * ingress is a list containing ingress points for the load-balancer.
   *
   * @return ingress
   */
  public List<V1IngressLoadBalancerIngress> getIngress() {
    return ingress;
  }

  public void setIngress(List<V1IngressLoadBalancerIngress> ingress) {
    this.ingress = ingress;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1IngressLoadBalancerStatus that = (V1IngressLoadBalancerStatus) other;
    return Objects.equals(ingress, that.ingress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ingress);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1IngressLoadBalancerStatus {\n");
    sb.append("    ingress: ").append(String.valueOf(ingress).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
