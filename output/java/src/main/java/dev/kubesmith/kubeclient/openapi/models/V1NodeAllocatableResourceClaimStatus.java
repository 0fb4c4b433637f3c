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
 * NodeAllocatableResourceClaimStatus describes the status of node allocatable resources
 * allocated via DRA.
 */
public class V1NodeAllocatableResourceClaimStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "containers",
      "mapping",
      "overhead",
      "resourceClaimName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeAllocatableResourceClaimStatus> CODEC = new Codec<V1NodeAllocatableResourceClaimStatus>() {
    @Override
    public V1NodeAllocatableResourceClaimStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeAllocatableResourceClaimStatus)");
      }
      V1NodeAllocatableResourceClaimStatus o = new V1NodeAllocatableResourceClaimStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.containers = Codecs.listOf(Codecs.STRING).read(p);
            break;
          case 1:
            o.mapping = Codecs.listOf(V1NodeAllocatableMappedResources.CODEC).read(p);
            break;
          case 2:
            o.overhead = Codecs.listOf(V1NodeAllocatableOverheadResources.CODEC).read(p);
            break;
          case 3:
            o.resourceClaimName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeAllocatableResourceClaimStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.containers != null) {
        g.writeFieldName("containers");
        Codecs.listOf(Codecs.STRING).write(g, o.containers);
      }
      if (o.mapping != null) {
        g.writeFieldName("mapping");
        Codecs.listOf(V1NodeAllocatableMappedResources.CODEC).write(g, o.mapping);
      }
      if (o.overhead != null) {
        g.writeFieldName("overhead");
        Codecs.listOf(V1NodeAllocatableOverheadResources.CODEC).write(g, o.overhead);
      }
      if (o.resourceClaimName != null) {
        g.writeFieldName("resourceClaimName");
        Codecs.STRING.write(g, o.resourceClaimName);
      }
      g.writeEndObject();
    }
  };

  private List<String> containers;

  private List<V1NodeAllocatableMappedResources> mapping;

  private List<V1NodeAllocatableOverheadResources> overhead;

  private String resourceClaimName;

  public V1NodeAllocatableResourceClaimStatus containers(List<String> containers) {
    this.containers = containers;
    return this;
  }

  public V1NodeAllocatableResourceClaimStatus addContainersItem(String item) {
    if (this.containers == null) {
      this.containers = new ArrayList<>();
    }
    this.containers.add(item);
    return this;
  }

  /**
   * Containers lists the names of all containers in this pod that reference the claim.
   *
   * @return containers
   */
  public List<String> getContainers() {
    return containers;
  }

  public void setContainers(List<String> containers) {
    this.containers = containers;
  }

  public V1NodeAllocatableResourceClaimStatus mapping(List<V1NodeAllocatableMappedResources> mapping) {
    this.mapping = mapping;
    return this;
  }

  public V1NodeAllocatableResourceClaimStatus addMappingItem(V1NodeAllocatableMappedResources item) {
    if (this.mapping == null) {
      this.mapping = new ArrayList<>();
    }
    this.mapping.add(item);
    return this;
  }

  /**
   * Mapping contains allocations through devices mapped in the device spec's
   * `nodeAllocatableResources[...].mapping` field. This is used by kubelet for pod level and
   * container-level cgroup enforcement.
   *
   * @return mapping
   */
  public List<V1NodeAllocatableMappedResources> getMapping() {
    return mapping;
  }

  public void setMapping(List<V1NodeAllocatableMappedResources> mapping) {
    this.mapping = mapping;
  }

  public V1NodeAllocatableResourceClaimStatus overhead(List<V1NodeAllocatableOverheadResources> overhead) {
    this.overhead = overhead;
    return this;
  }

  public V1NodeAllocatableResourceClaimStatus addOverheadItem(V1NodeAllocatableOverheadResources item) {
    if (this.overhead == null) {
      this.overhead = new ArrayList<>();
    }
    this.overhead.add(item);
    return this;
  }

  /**
   * Overhead contains allocations through devices mapped in the device spec's
   * `nodeAllocatableResources[...].overhead` field. This is used by kubelet for pod level and
   * container-level cgroup enforcement.
   *
   * @return overhead
   */
  public List<V1NodeAllocatableOverheadResources> getOverhead() {
    return overhead;
  }

  public void setOverhead(List<V1NodeAllocatableOverheadResources> overhead) {
    this.overhead = overhead;
  }

  public V1NodeAllocatableResourceClaimStatus resourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
    return this;
  }

  /**
   * ResourceClaimName is the resource claim referenced by the pod that resulted in this node
   * allocatable resource allocation.
   *
   * @return resourceClaimName
   */
  public String getResourceClaimName() {
    return resourceClaimName;
  }

  public void setResourceClaimName(String resourceClaimName) {
    this.resourceClaimName = resourceClaimName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeAllocatableResourceClaimStatus that = (V1NodeAllocatableResourceClaimStatus) other;
    return Objects.equals(containers, that.containers)
        && Objects.equals(mapping, that.mapping)
        && Objects.equals(overhead, that.overhead)
        && Objects.equals(resourceClaimName, that.resourceClaimName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(containers, mapping, overhead, resourceClaimName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeAllocatableResourceClaimStatus {\n");
    sb.append("    containers: ").append(String.valueOf(containers).replace("\n", "\n    ")).append('\n');
    sb.append("    mapping: ").append(String.valueOf(mapping).replace("\n", "\n    ")).append('\n');
    sb.append("    overhead: ").append(String.valueOf(overhead).replace("\n", "\n    ")).append('\n');
    sb.append("    resourceClaimName: ").append(resourceClaimName).append('\n');
    return sb.append("}").toString();
  }
}
