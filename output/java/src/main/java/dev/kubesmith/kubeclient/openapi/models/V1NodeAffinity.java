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
 * Node affinity is a group of node affinity scheduling rules.
 */
public class V1NodeAffinity {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "preferredDuringSchedulingIgnoredDuringExecution",
      "requiredDuringSchedulingIgnoredDuringExecution");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeAffinity> CODEC = new Codec<V1NodeAffinity>() {
    @Override
    public V1NodeAffinity read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeAffinity)");
      }
      V1NodeAffinity o = new V1NodeAffinity();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.preferredDuringSchedulingIgnoredDuringExecution = Codecs.listOf(V1PreferredSchedulingTerm.CODEC).read(p);
            break;
          case 1:
            o.requiredDuringSchedulingIgnoredDuringExecution = V1NodeSelector.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeAffinity o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.preferredDuringSchedulingIgnoredDuringExecution != null) {
        g.writeFieldName("preferredDuringSchedulingIgnoredDuringExecution");
        Codecs.listOf(V1PreferredSchedulingTerm.CODEC).write(g, o.preferredDuringSchedulingIgnoredDuringExecution);
      }
      if (o.requiredDuringSchedulingIgnoredDuringExecution != null) {
        g.writeFieldName("requiredDuringSchedulingIgnoredDuringExecution");
        V1NodeSelector.CODEC.write(g, o.requiredDuringSchedulingIgnoredDuringExecution);
      }
      g.writeEndObject();
    }
  };

  private List<V1PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution;

  private V1NodeSelector requiredDuringSchedulingIgnoredDuringExecution;

  public V1NodeAffinity preferredDuringSchedulingIgnoredDuringExecution(List<V1PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution) {
    this.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution;
    return this;
  }

  public V1NodeAffinity addPreferredDuringSchedulingIgnoredDuringExecutionItem(V1PreferredSchedulingTerm item) {
    if (this.preferredDuringSchedulingIgnoredDuringExecution == null) {
      this.preferredDuringSchedulingIgnoredDuringExecution = new ArrayList<>();
    }
    this.preferredDuringSchedulingIgnoredDuringExecution.add(item);
    return this;
  }

  /**
   * The scheduler will prefer to schedule pods to nodes that satisfy the affinity expressions
   * specified by this field, but it may choose a node that violates one or more of the
   * expressions. The node that is most preferred is the one with the greatest sum of weights,
   * i.e. for each node that meets all of the scheduling requirements (resource request,
   * requiredDuringScheduling affinity expressions, etc.), compute a sum by iterating through the
   * elements of this field and adding "weight" to the sum if the node matches the corresponding
   * matchExpressions; the node(s) with the highest sum are the most preferred.
   *
   * @return preferredDuringSchedulingIgnoredDuringExecution
   */
  public List<V1PreferredSchedulingTerm> getPreferredDuringSchedulingIgnoredDuringExecution() {
    return preferredDuringSchedulingIgnoredDuringExecution;
  }

  public void setPreferredDuringSchedulingIgnoredDuringExecution(List<V1PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution) {
    this.preferredDuringSchedulingIgnoredDuringExecution = preferredDuringSchedulingIgnoredDuringExecution;
  }

  public V1NodeAffinity requiredDuringSchedulingIgnoredDuringExecution(V1NodeSelector requiredDuringSchedulingIgnoredDuringExecution) {
    this.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution;
    return this;
  }

  /**
   * If the affinity requirements specified by this field are not met at scheduling time, the pod
   * will not be scheduled onto the node. If the affinity requirements specified by this field
   * cease to be met at some point during pod execution (e.g. due to an update), the system may
   * or may not try to eventually evict the pod from its node.
   *
   * @return requiredDuringSchedulingIgnoredDuringExecution
   */
  public V1NodeSelector getRequiredDuringSchedulingIgnoredDuringExecution() {
    return requiredDuringSchedulingIgnoredDuringExecution;
  }

  public void setRequiredDuringSchedulingIgnoredDuringExecution(V1NodeSelector requiredDuringSchedulingIgnoredDuringExecution) {
    this.requiredDuringSchedulingIgnoredDuringExecution = requiredDuringSchedulingIgnoredDuringExecution;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeAffinity that = (V1NodeAffinity) other;
    return Objects.equals(preferredDuringSchedulingIgnoredDuringExecution, that.preferredDuringSchedulingIgnoredDuringExecution)
        && Objects.equals(requiredDuringSchedulingIgnoredDuringExecution, that.requiredDuringSchedulingIgnoredDuringExecution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(preferredDuringSchedulingIgnoredDuringExecution, requiredDuringSchedulingIgnoredDuringExecution);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeAffinity {\n");
    sb.append("    preferredDuringSchedulingIgnoredDuringExecution: ").append(String.valueOf(preferredDuringSchedulingIgnoredDuringExecution).replace("\n", "\n    ")).append('\n');
    sb.append("    requiredDuringSchedulingIgnoredDuringExecution: ").append(String.valueOf(requiredDuringSchedulingIgnoredDuringExecution).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
