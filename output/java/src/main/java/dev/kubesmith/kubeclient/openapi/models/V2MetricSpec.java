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
 * MetricSpec specifies how to scale based on a single metric (only `type` and one other
 * matching field should be set at once).
 */
public class V2MetricSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "containerResource",
      "external",
      "object",
      "pods",
      "resource",
      "type");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V2MetricSpec> CODEC = new Codec<V2MetricSpec>() {
    @Override
    public V2MetricSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V2MetricSpec)");
      }
      V2MetricSpec o = new V2MetricSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.containerResource = V2ContainerResourceMetricSource.CODEC.read(p);
            break;
          case 1:
            o.external = V2ExternalMetricSource.CODEC.read(p);
            break;
          case 2:
            o.object = V2ObjectMetricSource.CODEC.read(p);
            break;
          case 3:
            o.pods = V2PodsMetricSource.CODEC.read(p);
            break;
          case 4:
            o.resource = V2ResourceMetricSource.CODEC.read(p);
            break;
          case 5:
            o.type = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V2MetricSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.containerResource != null) {
        g.writeFieldName("containerResource");
        V2ContainerResourceMetricSource.CODEC.write(g, o.containerResource);
      }
      if (o.external != null) {
        g.writeFieldName("external");
        V2ExternalMetricSource.CODEC.write(g, o.external);
      }
      if (o.object != null) {
        g.writeFieldName("object");
        V2ObjectMetricSource.CODEC.write(g, o.object);
      }
      if (o.pods != null) {
        g.writeFieldName("pods");
        V2PodsMetricSource.CODEC.write(g, o.pods);
      }
      if (o.resource != null) {
        g.writeFieldName("resource");
        V2ResourceMetricSource.CODEC.write(g, o.resource);
      }
      if (o.type != null) {
        g.writeFieldName("type");
        Codecs.STRING.write(g, o.type);
      }
      g.writeEndObject();
    }
  };

  private V2ContainerResourceMetricSource containerResource;

  private V2ExternalMetricSource external;

  private V2ObjectMetricSource object;

  private V2PodsMetricSource pods;

  private V2ResourceMetricSource resource;

  private String type;

  public V2MetricSpec containerResource(V2ContainerResourceMetricSource containerResource) {
    this.containerResource = containerResource;
    return this;
  }

  /**
   * containerResource refers to a resource metric (such as those specified in requests and
   * limits) known to Kubernetes describing a single container in each pod of the current scale
   * target (e.g. CPU or memory). Such metrics are built in to Kubernetes, and have special
   * scaling options on top of those available to normal per-pod metrics using the "pods" source.
   *
   * @return containerResource
   */
  public V2ContainerResourceMetricSource getContainerResource() {
    return containerResource;
  }

  public void setContainerResource(V2ContainerResourceMetricSource containerResource) {
    this.containerResource = containerResource;
  }

  public V2MetricSpec external(V2ExternalMetricSource external) {
    this.external = external;
    return this;
  }

  /**
   * external refers to a global metric that is not associated with any Kubernetes object. It
   * allows autoscaling based on information coming from components running outside of cluster
   * (for example length of queue in cloud messaging service, or QPS from loadbalancer running
   * outside of cluster).
   *
   * @return external
   */
  public V2ExternalMetricSource getExternal() {
    return external;
  }

  public void setExternal(V2ExternalMetricSource external) {
    this.external = external;
  }

  public V2MetricSpec object(V2ObjectMetricSource object) {
    this.object = object;
    return this;
  }

  /**
   * object refers to a metric describing a single kubernetes object (for example,
   * hits-per-second on an Ingress object).
   *
   * @return object
   */
  public V2ObjectMetricSource getObject() {
    return object;
  }

  public void setObject(V2ObjectMetricSource object) {
    this.object = object;
  }

  public V2MetricSpec pods(V2PodsMetricSource pods) {
    this.pods = pods;
    return this;
  }

  /**
   * pods refers to a metric describing each pod in the current scale target (for example,
   * transactions-processed-per-second).  The values will be averaged together before being
   * compared to the target value.
   *
   * @return pods
   */
  public V2PodsMetricSource getPods() {
    return pods;
  }

  public void setPods(V2PodsMetricSource pods) {
    this.pods = pods;
  }

  public V2MetricSpec resource(V2ResourceMetricSource resource) {
    this.resource = resource;
    return this;
  }

  /**
   * resource refers to a resource metric (such as those specified in requests and limits) known
   * to Kubernetes describing each pod in the current scale target (e.g. CPU or memory). Such
   * metrics are built in to Kubernetes, and have special scaling options on top of those
   * available to normal per-pod metrics using the "pods" source.
   *
   * @return resource
   */
  public V2ResourceMetricSource getResource() {
    return resource;
  }

  public void setResource(V2ResourceMetricSource resource) {
    this.resource = resource;
  }

  public V2MetricSpec type(String type) {
    this.type = type;
    return this;
  }

  /**
   * type is the type of metric source.  It should be one of "ContainerResource", "External",
   * "Object", "Pods" or "Resource", each mapping to a matching field in the object.
   *
   * @return type
   */
  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V2MetricSpec that = (V2MetricSpec) other;
    return Objects.equals(containerResource, that.containerResource)
        && Objects.equals(external, that.external)
        && Objects.equals(object, that.object)
        && Objects.equals(pods, that.pods)
        && Objects.equals(resource, that.resource)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(containerResource, external, object, pods, resource, type);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V2MetricSpec {\n");
    sb.append("    containerResource: ").append(String.valueOf(containerResource).replace("\n", "\n    ")).append('\n');
    sb.append("    external: ").append(String.valueOf(external).replace("\n", "\n    ")).append('\n');
    sb.append("    object: ").append(String.valueOf(object).replace("\n", "\n    ")).append('\n');
    sb.append("    pods: ").append(String.valueOf(pods).replace("\n", "\n    ")).append('\n');
    sb.append("    resource: ").append(String.valueOf(resource).replace("\n", "\n    ")).append('\n');
    sb.append("    type: ").append(type).append('\n');
    return sb.append("}").toString();
  }
}
