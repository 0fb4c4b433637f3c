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
 * ServiceStatus represents the current status of a service.
 */
public class V1ServiceStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "conditions",
      "loadBalancer");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ServiceStatus> CODEC = new Codec<V1ServiceStatus>() {
    @Override
    public V1ServiceStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ServiceStatus)");
      }
      V1ServiceStatus o = new V1ServiceStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.conditions = Codecs.listOf(V1Condition.CODEC).read(p);
            break;
          case 1:
            o.loadBalancer = V1LoadBalancerStatus.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ServiceStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.conditions != null) {
        g.writeFieldName("conditions");
        Codecs.listOf(V1Condition.CODEC).write(g, o.conditions);
      }
      if (o.loadBalancer != null) {
        g.writeFieldName("loadBalancer");
        V1LoadBalancerStatus.CODEC.write(g, o.loadBalancer);
      }
      g.writeEndObject();
    }
  };

  private List<V1Condition> conditions;

  private V1LoadBalancerStatus loadBalancer;

  public V1ServiceStatus conditions(List<V1Condition> conditions) {
    this.conditions = conditions;
    return this;
  }

  public V1ServiceStatus addConditionsItem(V1Condition item) {
    if (this.conditions == null) {
      this.conditions = new ArrayList<>();
    }
    this.conditions.add(item);
    return this;
  }

  /**
   * Current service state
   *
   * @return conditions
   */
  public List<V1Condition> getConditions() {
    return conditions;
  }

  public void setConditions(List<V1Condition> conditions) {
    this.conditions = conditions;
  }

  public V1ServiceStatus loadBalancer(V1LoadBalancerStatus loadBalancer) {
    this.loadBalancer = loadBalancer;
    return this;
  }

  /**
   * LoadBalancer contains the current status of the load-balancer, if one is present.
   *
   * @return loadBalancer
   */
  public V1LoadBalancerStatus getLoadBalancer() {
    return loadBalancer;
  }

  public void setLoadBalancer(V1LoadBalancerStatus loadBalancer) {
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
    V1ServiceStatus that = (V1ServiceStatus) other;
    return Objects.equals(conditions, that.conditions)
        && Objects.equals(loadBalancer, that.loadBalancer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, loadBalancer);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ServiceStatus {\n");
    sb.append("    conditions: ").append(String.valueOf(conditions).replace("\n", "\n    ")).append('\n');
    sb.append("    loadBalancer: ").append(String.valueOf(loadBalancer).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
