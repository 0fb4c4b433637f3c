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
 * NetworkPolicyPeer describes a peer to allow traffic to/from. Only certain combinations of
 * fields are allowed
 */
public class V1NetworkPolicyPeer {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "ipBlock",
      "namespaceSelector",
      "podSelector");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NetworkPolicyPeer> CODEC = new Codec<V1NetworkPolicyPeer>() {
    @Override
    public V1NetworkPolicyPeer read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NetworkPolicyPeer)");
      }
      V1NetworkPolicyPeer o = new V1NetworkPolicyPeer();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.ipBlock = V1IPBlock.CODEC.read(p);
            break;
          case 1:
            o.namespaceSelector = V1LabelSelector.CODEC.read(p);
            break;
          case 2:
            o.podSelector = V1LabelSelector.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NetworkPolicyPeer o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.ipBlock != null) {
        g.writeFieldName("ipBlock");
        V1IPBlock.CODEC.write(g, o.ipBlock);
      }
      if (o.namespaceSelector != null) {
        g.writeFieldName("namespaceSelector");
        V1LabelSelector.CODEC.write(g, o.namespaceSelector);
      }
      if (o.podSelector != null) {
        g.writeFieldName("podSelector");
        V1LabelSelector.CODEC.write(g, o.podSelector);
      }
      g.writeEndObject();
    }
  };

  private V1IPBlock ipBlock;

  private V1LabelSelector namespaceSelector;

  private V1LabelSelector podSelector;

  public V1NetworkPolicyPeer ipBlock(V1IPBlock ipBlock) {
    this.ipBlock = ipBlock;
    return this;
  }

  /**
   * ipBlock defines policy on a particular IPBlock. If this field is set then neither of the
   * other fields can be.
   *
   * @return ipBlock
   */
  public V1IPBlock getIpBlock() {
    return ipBlock;
  }

  public void setIpBlock(V1IPBlock ipBlock) {
    this.ipBlock = ipBlock;
  }

  public V1NetworkPolicyPeer namespaceSelector(V1LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
    return this;
  }

  /**
   * namespaceSelector selects namespaces using cluster-scoped labels. This field follows
   * standard label selector semantics; if present but empty, it selects all namespaces.
   *
   * If podSelector is also set, then the NetworkPolicyPeer as a whole selects the pods matching
   * podSelector in the namespaces selected by namespaceSelector. Otherwise it selects all pods
   * in the namespaces selected by namespaceSelector.
   *
   * @return namespaceSelector
   */
  public V1LabelSelector getNamespaceSelector() {
    return namespaceSelector;
  }

  public void setNamespaceSelector(V1LabelSelector namespaceSelector) {
    this.namespaceSelector = namespaceSelector;
  }

  public V1NetworkPolicyPeer podSelector(V1LabelSelector podSelector) {
    this.podSelector = podSelector;
    return this;
  }

  /**
   * podSelector is a label selector which selects pods. This field follows standard label
   * selector semantics; if present but empty, it selects all pods.
   *
   * If namespaceSelector is also set, then the NetworkPolicyPeer as a whole selects the pods
   * matching podSelector in the Namespaces selected by NamespaceSelector. Otherwise it selects
   * the pods matching podSelector in the policy's own namespace.
   *
   * @return podSelector
   */
  public V1LabelSelector getPodSelector() {
    return podSelector;
  }

  public void setPodSelector(V1LabelSelector podSelector) {
    this.podSelector = podSelector;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NetworkPolicyPeer that = (V1NetworkPolicyPeer) other;
    return Objects.equals(ipBlock, that.ipBlock)
        && Objects.equals(namespaceSelector, that.namespaceSelector)
        && Objects.equals(podSelector, that.podSelector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ipBlock, namespaceSelector, podSelector);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NetworkPolicyPeer {\n");
    sb.append("    ipBlock: ").append(String.valueOf(ipBlock).replace("\n", "\n    ")).append('\n');
    sb.append("    namespaceSelector: ").append(String.valueOf(namespaceSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    podSelector: ").append(String.valueOf(podSelector).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
