package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scheduling specifies the scheduling constraints for nodes supporting a RuntimeClass.
 */
public class V1Scheduling {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "nodeSelector",
      "tolerations");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1Scheduling> CODEC = new Codec<V1Scheduling>() {
    @Override
    public V1Scheduling read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1Scheduling)");
      }
      V1Scheduling o = new V1Scheduling();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.nodeSelector = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.tolerations = Codecs.listOf(V1Toleration.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1Scheduling o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.nodeSelector != null) {
        g.writeFieldName("nodeSelector");
        Codecs.mapOf(Codecs.STRING).write(g, o.nodeSelector);
      }
      if (o.tolerations != null) {
        g.writeFieldName("tolerations");
        Codecs.listOf(V1Toleration.CODEC).write(g, o.tolerations);
      }
      g.writeEndObject();
    }
  };

  private Map<String, String> nodeSelector;

  private List<V1Toleration> tolerations;

  public V1Scheduling nodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector;
    return this;
  }

  public V1Scheduling putNodeSelectorItem(String key, String item) {
    if (this.nodeSelector == null) {
      this.nodeSelector = new LinkedHashMap<>();
    }
    this.nodeSelector.put(key, item);
    return this;
  }

  /**
   * nodeSelector lists labels that must be present on nodes that support this RuntimeClass. Pods
   * using this RuntimeClass can only be scheduled to a node matched by this selector. The
   * RuntimeClass nodeSelector is merged with a pod's existing nodeSelector. Any conflicts will
   * cause the pod to be rejected in admission.
   *
   * @return nodeSelector
   */
  public Map<String, String> getNodeSelector() {
    return nodeSelector;
  }

  public void setNodeSelector(Map<String, String> nodeSelector) {
    this.nodeSelector = nodeSelector;
  }

  public V1Scheduling tolerations(List<V1Toleration> tolerations) {
    this.tolerations = tolerations;
    return this;
  }

  public V1Scheduling addTolerationsItem(V1Toleration item) {
    if (this.tolerations == null) {
      this.tolerations = new ArrayList<>();
    }
    this.tolerations.add(item);
    return this;
  }

  /**
   * tolerations are appended (excluding duplicates) to pods running with this RuntimeClass
   * during admission, effectively unioning the set of nodes tolerated by the pod and the
   * RuntimeClass.
   *
   * @return tolerations
   */
  public List<V1Toleration> getTolerations() {
    return tolerations;
  }

  public void setTolerations(List<V1Toleration> tolerations) {
    this.tolerations = tolerations;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1Scheduling that = (V1Scheduling) other;
    return Objects.equals(nodeSelector, that.nodeSelector)
        && Objects.equals(tolerations, that.tolerations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodeSelector, tolerations);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1Scheduling {\n");
    sb.append("    nodeSelector: ").append(String.valueOf(nodeSelector).replace("\n", "\n    ")).append('\n');
    sb.append("    tolerations: ").append(String.valueOf(tolerations).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
