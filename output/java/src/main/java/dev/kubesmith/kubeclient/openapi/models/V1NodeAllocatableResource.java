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
 * NodeAllocatableResource defines the translation between the DRA device/capacity units
 * requested to the corresponding quantity of the node allocatable resource. At least one of
 * Mapping or Overhead must be specified. Not specifying either is an invalid configuration.
 */
public class V1NodeAllocatableResource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "mapping",
      "overhead");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeAllocatableResource> CODEC = new Codec<V1NodeAllocatableResource>() {
    @Override
    public V1NodeAllocatableResource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeAllocatableResource)");
      }
      V1NodeAllocatableResource o = new V1NodeAllocatableResource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.mapping = V1NodeAllocatableMapping.CODEC.read(p);
            break;
          case 1:
            o.overhead = V1NodeAllocatableOverhead.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeAllocatableResource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.mapping != null) {
        g.writeFieldName("mapping");
        V1NodeAllocatableMapping.CODEC.write(g, o.mapping);
      }
      if (o.overhead != null) {
        g.writeFieldName("overhead");
        V1NodeAllocatableOverhead.CODEC.write(g, o.overhead);
      }
      g.writeEndObject();
    }
  };

  private V1NodeAllocatableMapping mapping;

  private V1NodeAllocatableOverhead overhead;

  public V1NodeAllocatableResource mapping(V1NodeAllocatableMapping mapping) {
    this.mapping = mapping;
    return this;
  }

  /**
   * Mapping is used when the device directly models a node allocatable resource like standard
   * CPU or memory (e.g., with a CPU DRA driver). The calculated quantity is accounted for
   * exactly once per claim instance on the node. To prevent node cgroup isolation friction, the
   * scheduler explicitly blocks sharing mapped device claims across multiple pods.
   *
   * @return mapping
   */
  public V1NodeAllocatableMapping getMapping() {
    return mapping;
  }

  public void setMapping(V1NodeAllocatableMapping mapping) {
    this.mapping = mapping;
  }

  public V1NodeAllocatableResource overhead(V1NodeAllocatableOverhead overhead) {
    this.overhead = overhead;
    return this;
  }

  /**
   * Overhead contains fields for modeling auxiliary overhead incurred on node allocatable
   * resources when allocating devices that are not themselves modeling a node allocatable
   * resource (e.g., host memory overhead for GPUs). Sharing overhead-mapped claims across
   * multiple pods is allowed. The node allocatable overhead is accounted for individually for
   * each pod referencing the claim. Overhead is always subtracted from the node's allocatable
   * capacity for the resource, even when mapping is specified for the same resource. Eg: If a
   * device models memory capacity per socket as a consumable capacity pool via Mapping (with
   * CapacityKey), any overhead specified for the same resource will be subtracted from the
   * node's general allocatable capacity and not from the per-socket capacity pool in Mapping.
   *
   * @return overhead
   */
  public V1NodeAllocatableOverhead getOverhead() {
    return overhead;
  }

  public void setOverhead(V1NodeAllocatableOverhead overhead) {
    this.overhead = overhead;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeAllocatableResource that = (V1NodeAllocatableResource) other;
    return Objects.equals(mapping, that.mapping)
        && Objects.equals(overhead, that.overhead);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mapping, overhead);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeAllocatableResource {\n");
    sb.append("    mapping: ").append(String.valueOf(mapping).replace("\n", "\n    ")).append('\n');
    sb.append("    overhead: ").append(String.valueOf(overhead).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
