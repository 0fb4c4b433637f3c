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
 * NodeAllocatableMappedResources describes mapped node allocatable resource allocations.
 */
public class V1NodeAllocatableMappedResources {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "quantity");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeAllocatableMappedResources> CODEC = new Codec<V1NodeAllocatableMappedResources>() {
    @Override
    public V1NodeAllocatableMappedResources read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeAllocatableMappedResources)");
      }
      V1NodeAllocatableMappedResources o = new V1NodeAllocatableMappedResources();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.quantity = Codecs.QUANTITY.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeAllocatableMappedResources o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.quantity != null) {
        g.writeFieldName("quantity");
        Codecs.QUANTITY.write(g, o.quantity);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private Quantity quantity;

  public V1NodeAllocatableMappedResources name(String name) {
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

  public V1NodeAllocatableMappedResources quantity(Quantity quantity) {
    this.quantity = quantity;
    return this;
  }

  /**
   * Quantity is the total node allocatable resource capacity allocated for the claim. This
   * claim's allocated devices is shared by all the containers referencing the claim. Kubelet
   * adds this value to both requests and limits at the pod-level cgroup, and to limits at the
   * container-level cgroup for each container referencing the claim.
   *
   * @return quantity
   */
  public Quantity getQuantity() {
    return quantity;
  }

  public void setQuantity(Quantity quantity) {
    this.quantity = quantity;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeAllocatableMappedResources that = (V1NodeAllocatableMappedResources) other;
    return Objects.equals(name, that.name)
        && Objects.equals(quantity, that.quantity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, quantity);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeAllocatableMappedResources {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    quantity: ").append(quantity).append('\n');
    return sb.append("}").toString();
  }
}
