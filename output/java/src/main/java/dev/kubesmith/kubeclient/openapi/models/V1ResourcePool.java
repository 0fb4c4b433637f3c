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
 * ResourcePool describes the pool that ResourceSlices belong to.
 */
public class V1ResourcePool {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "generation",
      "name",
      "resourceSliceCount");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourcePool> CODEC = new Codec<V1ResourcePool>() {
    @Override
    public V1ResourcePool read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourcePool)");
      }
      V1ResourcePool o = new V1ResourcePool();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.generation = Codecs.INT64.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          case 2:
            o.resourceSliceCount = Codecs.INT64.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourcePool o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.generation != null) {
        g.writeFieldName("generation");
        Codecs.INT64.write(g, o.generation);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.resourceSliceCount != null) {
        g.writeFieldName("resourceSliceCount");
        Codecs.INT64.write(g, o.resourceSliceCount);
      }
      g.writeEndObject();
    }
  };

  private Long generation;

  private String name;

  private Long resourceSliceCount;

  public V1ResourcePool generation(Long generation) {
    this.generation = generation;
    return this;
  }

  /**
   * Generation tracks the change in a pool over time. Whenever a driver changes something about
   * one or more of the resources in a pool, it must change the generation in all ResourceSlices
   * which are part of that pool. Consumers of ResourceSlices should only consider resources from
   * the pool with the highest generation number. The generation may be reset by drivers, which
   * should be fine for consumers, assuming that all ResourceSlices in a pool are updated to
   * match or deleted.
   *
   * Combined with ResourceSliceCount, this mechanism enables consumers to detect pools which are
   * comprised of multiple ResourceSlices and are in an incomplete state.
   *
   * @return generation
   */
  public Long getGeneration() {
    return generation;
  }

  public void setGeneration(Long generation) {
    this.generation = generation;
  }

  public V1ResourcePool name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name is used to identify the pool. For node-local devices, this is often the node name, but
   * this is not required. A field selector can be used to list only ResourceSlice objects
   * belonging to a certain pool.
   *
   * It must not be longer than 253 characters and must consist of one or more DNS sub-domains
   * separated by slashes. This field is immutable.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ResourcePool resourceSliceCount(Long resourceSliceCount) {
    this.resourceSliceCount = resourceSliceCount;
    return this;
  }

  /**
   * ResourceSliceCount is the total number of ResourceSlices in the pool at this generation
   * number. Must be greater than zero.
   *
   * Consumers can use this to check whether they have seen all ResourceSlices belonging to the
   * same pool.
   *
   * @return resourceSliceCount
   */
  public Long getResourceSliceCount() {
    return resourceSliceCount;
  }

  public void setResourceSliceCount(Long resourceSliceCount) {
    this.resourceSliceCount = resourceSliceCount;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourcePool that = (V1ResourcePool) other;
    return Objects.equals(generation, that.generation)
        && Objects.equals(name, that.name)
        && Objects.equals(resourceSliceCount, that.resourceSliceCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(generation, name, resourceSliceCount);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourcePool {\n");
    sb.append("    generation: ").append(generation).append('\n');
    sb.append("    name: ").append(name).append('\n');
    sb.append("    resourceSliceCount: ").append(resourceSliceCount).append('\n');
    return sb.append("}").toString();
  }
}
