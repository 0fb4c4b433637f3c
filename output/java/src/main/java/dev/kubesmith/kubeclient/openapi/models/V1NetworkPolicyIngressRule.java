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
 * NetworkPolicyIngressRule describes a particular set of traffic that is allowed to the pods
 * matched by a NetworkPolicySpec's podSelector. The traffic must match both ports and from.
 */
public class V1NetworkPolicyIngressRule {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "from",
      "ports");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NetworkPolicyIngressRule> CODEC = new Codec<V1NetworkPolicyIngressRule>() {
    @Override
    public V1NetworkPolicyIngressRule read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NetworkPolicyIngressRule)");
      }
      V1NetworkPolicyIngressRule o = new V1NetworkPolicyIngressRule();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.from = Codecs.listOf(V1NetworkPolicyPeer.CODEC).read(p);
            break;
          case 1:
            o.ports = Codecs.listOf(V1NetworkPolicyPort.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NetworkPolicyIngressRule o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.from != null) {
        g.writeFieldName("from");
        Codecs.listOf(V1NetworkPolicyPeer.CODEC).write(g, o.from);
      }
      if (o.ports != null) {
        g.writeFieldName("ports");
        Codecs.listOf(V1NetworkPolicyPort.CODEC).write(g, o.ports);
      }
      g.writeEndObject();
    }
  };

  private List<V1NetworkPolicyPeer> from;

  private List<V1NetworkPolicyPort> ports;

  public V1NetworkPolicyIngressRule from(List<V1NetworkPolicyPeer> from) {
    this.from = from;
    return this;
  }

  public V1NetworkPolicyIngressRule addFromItem(V1NetworkPolicyPeer item) {
    if (this.from == null) {
      this.from = new ArrayList<>();
    }
    this.from.add(item);
    return this;
  }

  /**
   * from is a list of sources which should be able to access the pods selected for this rule.
   * Items in this list are combined using a logical OR operation. If this field is empty or
   * missing, this rule matches all sources (traffic not restricted by source). If this field is
   * present and contains at least one item, this rule allows traffic only if the traffic matches
   * at least one item in the from list.
   *
   * @return from
   */
  public List<V1NetworkPolicyPeer> getFrom() {
    return from;
  }

  public void setFrom(List<V1NetworkPolicyPeer> from) {
    this.from = from;
  }

  public V1NetworkPolicyIngressRule ports(List<V1NetworkPolicyPort> ports) {
    this.ports = ports;
    return this;
  }

  public V1NetworkPolicyIngressRule addPortsItem(V1NetworkPolicyPort item) {
    if (this.ports == null) {
      this.ports = new ArrayList<>();
    }
    this.ports.add(item);
    return this;
  }

  /**
   * ports is a list of ports which should be made accessible on the pods selected for this rule.
   * Each item in this list is combined using a logical OR. If this field is empty or missing,
   * this rule matches all ports (traffic not restricted by port). If this field is present and
   * contains at least one item, then this rule allows traffic only if the traffic matches at
   * least one port in the list.
   *
   * @return ports
   */
  public List<V1NetworkPolicyPort> getPorts() {
    return ports;
  }

  public void setPorts(List<V1NetworkPolicyPort> ports) {
    this.ports = ports;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NetworkPolicyIngressRule that = (V1NetworkPolicyIngressRule) other;
    return Objects.equals(from, that.from)
        && Objects.equals(ports, that.ports);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, ports);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NetworkPolicyIngressRule {\n");
    sb.append("    from: ").append(String.valueOf(from).replace("\n", "\n    ")).append('\n');
    sb.append("    ports: ").append(String.valueOf(ports).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
