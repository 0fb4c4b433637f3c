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
 * NetworkPolicyEgressRule describes a particular set of traffic that is allowed out of pods
 * matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and to. This
 * type is beta-level in 1.8
 */
public class V1NetworkPolicyEgressRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "ports",
      "to");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NetworkPolicyEgressRule> CODEC = new Codec<V1NetworkPolicyEgressRule>() {
    @Override
    public V1NetworkPolicyEgressRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NetworkPolicyEgressRule)");
      }
      V1NetworkPolicyEgressRule o = new V1NetworkPolicyEgressRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.ports = Codecs.listOf(V1NetworkPolicyPort.CODEC).read(p);
            break;
          case 1:
            o.to = Codecs.listOf(V1NetworkPolicyPeer.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NetworkPolicyEgressRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.ports != null) {
        g.writeFieldName("ports");
        Codecs.listOf(V1NetworkPolicyPort.CODEC).write(g, o.ports);
      }
      if (o.to != null) {
        g.writeFieldName("to");
        Codecs.listOf(V1NetworkPolicyPeer.CODEC).write(g, o.to);
      }
      g.writeEndObject();
    }
  };

  private List<V1NetworkPolicyPort> ports;

  private List<V1NetworkPolicyPeer> to;

  public V1NetworkPolicyEgressRule ports(List<V1NetworkPolicyPort> ports) {
    this.ports = ports;
    return this;
  }

  public V1NetworkPolicyEgressRule addPortsItem(V1NetworkPolicyPort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    this.ports.add(item);
    return this;
  }

  /**
   * ports is a list of destination ports for outgoing traffic. Each item in this list is
   * combined using a logical OR. If this field is empty or missing, this rule matches all ports
   * (traffic not restricted by port). If this field is present and contains at least one item,
   * then this rule allows traffic only if the traffic matches at least one port in the list.
   *
   * @return ports
   */
  public List<V1NetworkPolicyPort> getPorts() {
    return ports;
  }

  public void setPorts(List<V1NetworkPolicyPort> ports) {
    this.ports = ports;
  }

  public V1NetworkPolicyEgressRule to(List<V1NetworkPolicyPeer> to) {
    this.to = to;
    return this;
  }

  public V1NetworkPolicyEgressRule addToItem(V1NetworkPolicyPeer item) {
    if (this.to == null) {
      this.to = new ArrayList<>();
    }
    this.to.add(item);
    return this;
  }

  /**
   * to is a list of destinations for outgoing traffic of pods selected for this rule. Items in
   * this list are combined using a logical OR operation. If this field is empty or missing, this
   * rule matches all destinations (traffic not restricted by destination). If this field is
   * present and contains at least one item, this rule allows traffic only if the traffic matches
   * at least one item in the to list.
   *
   * @return to
   */
  public List<V1NetworkPolicyPeer> getTo() {
    return to;
  }

  public void setTo(List<V1NetworkPolicyPeer> to) {
    this.to = to;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NetworkPolicyEgressRule that = (V1NetworkPolicyEgressRule) other;
    return Objects.equals(ports, that.ports)
        && Objects.equals(to, that.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ports, to);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NetworkPolicyEgressRule {\n");
    sb.append("    ports: ").append(String.valueOf(ports).replace("\n", "\n    ")).append('\n');
    sb.append("    to: ").append(String.valueOf(to).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
