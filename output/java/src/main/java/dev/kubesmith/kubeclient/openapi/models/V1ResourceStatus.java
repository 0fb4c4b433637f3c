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
 * ResourceStatus represents the status of a single resource allocated to a Pod.
 */
public class V1ResourceStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "name",
      "resources");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceStatus> CODEC = new Codec<V1ResourceStatus>() {
    @Override
    public V1ResourceStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceStatus)");
      }
      V1ResourceStatus o = new V1ResourceStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.name = Codecs.STRING.read(p);
            break;
          case 1:
            o.resources = Codecs.listOf(V1ResourceHealth.CODEC).read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      if (o.resources != null) {
        g.writeFieldName("resources");
        Codecs.listOf(V1ResourceHealth.CODEC).write(g, o.resources);
      }
      g.writeEndObject();
    }
  };

  private String name;

  private List<V1ResourceHealth> resources;

  public V1ResourceStatus name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Name of the resource. Must be unique within the pod and in case of non-DRA resource, match
   * one of the resources from the pod spec. For DRA resources, the value must be
   * "claim:&lt;claim_name&gt;/&lt;request&gt;" when container.resources.claims[*].request is set
   * or "claim:&lt;claim_name&gt;" when container.resources.claims[*].request is empty. For
   * DRA-backed extended resources, "claim:&lt;claim_name&gt;/&lt;request&gt;" is used when the
   * claim name and request name are recorded in pod.status.extendedResourceClaimStatus. When
   * this status is reported about a container, the "claim_name" and "request" must match one of
   * the claims of this container.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public V1ResourceStatus resources(List<V1ResourceHealth> resources) {
    this.resources = resources;
    return this;
  }

  public V1ResourceStatus addResourcesItem(V1ResourceHealth item) {
    if (this.resources == null) {
      this.resources = new ArrayList<>();
    }
    this.resources.add(item);
    return this;
  }

  /**
   * List of unique resources health. Each element in the list contains an unique resource ID and
   * its health. At a minimum, for the lifetime of a Pod, resource ID must uniquely identify the
   * resource allocated to the Pod on the Node. If other Pod on the same Node reports the status
   * with the same resource ID, it must be the same resource they share. See ResourceID type
   * definition for a specific format it has in various use cases.
   *
   * @return resources
   */
  public List<V1ResourceHealth> getResources() {
    return resources;
  }

  public void setResources(List<V1ResourceHealth> resources) {
    this.resources = resources;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourceStatus that = (V1ResourceStatus) other;
    return Objects.equals(name, that.name)
        && Objects.equals(resources, that.resources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, resources);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceStatus {\n");
    sb.append("    name: ").append(name).append('\n');
    sb.append("    resources: ").append(String.valueOf(resources).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
