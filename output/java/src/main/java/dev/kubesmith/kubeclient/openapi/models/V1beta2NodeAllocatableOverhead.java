package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.custom.Quantity;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.Objects;

/**
 * NodeAllocatableOverhead defines auxiliary resource overheads incurred when allocating a
 * device. Overheads can be specified as a fixed cost per pod referencing the claim, a variable
 * cost per container reference, or both. Kubelet accounts for this overhead by adding it to
 * both the pod-level and container-level cgroups of referencing containers.
 */
public class V1beta2NodeAllocatableOverhead {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "perContainer",
      "perPod");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta2NodeAllocatableOverhead> CODEC = new Codec<V1beta2NodeAllocatableOverhead>() {
    @Override
    public V1beta2NodeAllocatableOverhead read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta2NodeAllocatableOverhead)");
      }
      V1beta2NodeAllocatableOverhead o = new V1beta2NodeAllocatableOverhead();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.perContainer = Codecs.QUANTITY.read(p);
            break;
          case 1:
            o.perPod = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta2NodeAllocatableOverhead o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.perContainer != null) {
        g.writeFieldName("perContainer");
        Codecs.QUANTITY.write(g, o.perContainer);
      }
      if (o.perPod != null) {
        g.writeFieldName("perPod");
        Codecs.QUANTITY.write(g, o.perPod);
      }
      g.writeEndObject();
    }
  };

  private Quantity perContainer;

  private Quantity perPod;

  public V1beta2NodeAllocatableOverhead perContainer(Quantity perContainer) {
    this.perContainer = perContainer;
    return this;
  }

  /**
   * PerContainer is applied per container reference to the claim. This models overhead scaling
   * linearly with the number of containers actively using the device. When both PerPod and
   * PerContainer are specified, the total overhead allocated for each pod referencing the claim
   * is computed as: Quantity = PerPod + (PerContainer * NumReferences) Kubelet accounts for this
   * overhead in cgroups: - Pod-level cgroup (requests and limits): Kubelet adds PerPod +
   * (PerContainer * NumReferences). - Container-level cgroup (limits only): Kubelet adds PerPod
   * + PerContainer for each referencing container. This allows any single container to access
   * the pod-level overhead, while the parent cgroup caps the total usage to account for PerPod
   * exactly once.
   *
   * @return perContainer
   */
  public Quantity getPerContainer() {
    return perContainer;
  }

  public void setPerContainer(Quantity perContainer) {
    this.perContainer = perContainer;
  }

  public V1beta2NodeAllocatableOverhead perPod(Quantity perPod) {
    this.perPod = perPod;
    return this;
  }

  /**
   * PerPod is overhead applied once per pod referencing the claim on this node. This is a flat
   * overhead incurred for every pod referencing the claim.
   *
   * @return perPod
   */
  public Quantity getPerPod() {
    return perPod;
  }

  public void setPerPod(Quantity perPod) {
    this.perPod = perPod;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta2NodeAllocatableOverhead that = (V1beta2NodeAllocatableOverhead) other;
    return Objects.equals(perContainer, that.perContainer)
        && Objects.equals(perPod, that.perPod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(perContainer, perPod);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta2NodeAllocatableOverhead {\n");
    sb.append("    perContainer: ").append(perContainer).append('\n');
    sb.append("    perPod: ").append(perPod).append('\n');
    return sb.append("}").toString();
  }
}
