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
 * NodeAllocatableOverheadResources describes auxiliary overhead resource allocations.
 */
public class V1NodeAllocatableOverheadResources {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "perContainer",
      "perPod");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeAllocatableOverheadResources> CODEC = new Codec<V1NodeAllocatableOverheadResources>() {
    @Override
    public V1NodeAllocatableOverheadResources read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeAllocatableOverheadResources)");
      }
      V1NodeAllocatableOverheadResources o = new V1NodeAllocatableOverheadResources();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.perContainer = Codecs.QUANTITY.read(p);
            break;
          case 2:
            o.perPod = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeAllocatableOverheadResources o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
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

  private String name;

  private Quantity perContainer;

  private Quantity perPod;

  public V1NodeAllocatableOverheadResources name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name is the name of the resource (e.g., cpu, memory).
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1NodeAllocatableOverheadResources perContainer(Quantity perContainer) {
    this.perContainer = perContainer;
    return this;
  }

  /**
   * PerContainer is the variable overhead quantity applied for each container referencing the
   * claim. The container references are recorded in
   * `nodeAllocatableResourceClaimStatuses.containers`. The total overhead quantity allocated for
   * the claim is computed as: Quantity = PerPod + (PerContainer * NumReferences) Kubelet
   * accounts for this overhead in cgroups: - Pod-level cgroup (requests and limits): Kubelet
   * adds PerPod + (PerContainer * NumReferences). - Container-level cgroup (limits only):
   * Kubelet adds PerPod + PerContainer for each referencing container. This allows any single
   * container to access the pod-level overhead, while the parent cgroup caps the total usage to
   * account for PerPod exactly once. At least one of PerPod or PerContainer must be specified.
   * Specifying neither is an invalid configuration.
   *
   * @return perContainer
   */
  public Quantity getPerContainer() {
    return perContainer;
  }

  public void setPerContainer(Quantity perContainer) {
    this.perContainer = perContainer;
  }

  public V1NodeAllocatableOverheadResources perPod(Quantity perPod) {
    this.perPod = perPod;
    return this;
  }

  /**
   * PerPod is the flat overhead quantity allocated per pod. Adding to each container limit
   * allows individual containers to utilize the overhead, while the parent pod-level cgroup
   * limit caps the total usage at the pod boundary where the overhead is accounted for exactly
   * once. At least one of PerPod or PerContainer must be specified. Specifying neither is an
   * invalid configuration.
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
    V1NodeAllocatableOverheadResources that = (V1NodeAllocatableOverheadResources) other;
    return Objects.equals(name, that.name)
        && Objects.equals(perContainer, that.perContainer)
        && Objects.equals(perPod, that.perPod);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, perContainer, perPod);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeAllocatableOverheadResources {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    perContainer: ").append(perContainer).append('\n');
    sb.append("    perPod: ").append(perPod).append('\n');
    return sb.append("}").toString();
  }
}
