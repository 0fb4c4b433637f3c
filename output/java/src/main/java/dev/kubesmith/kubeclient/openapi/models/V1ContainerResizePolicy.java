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
 * ContainerResizePolicy represents resource resize policy for the container.
 */
public class V1ContainerResizePolicy {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "resourceName",
      "restartPolicy");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ContainerResizePolicy> CODEC = new Codec<V1ContainerResizePolicy>() {
    @Override
    public V1ContainerResizePolicy read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ContainerResizePolicy)");
      }
      V1ContainerResizePolicy o = new V1ContainerResizePolicy();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.resourceName = Codecs.STRING.read(p);
            break;
          case 1:
            o.restartPolicy = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ContainerResizePolicy o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.resourceName != null) {
        g.writeFieldName("resourceName");
        Codecs.STRING.write(g, o.resourceName);
      }
      if (o.restartPolicy != null) {
        g.writeFieldName("restartPolicy");
        Codecs.STRING.write(g, o.restartPolicy);
      }
      g.writeEndObject();
    }
  };

  private String resourceName;

  private String restartPolicy;

  public V1ContainerResizePolicy resourceName(String resourceName) {
    this.resourceName = resourceName;
    return this;
  }

  /**
   * Name of the resource to which this resource resize policy applies. Supported values: cpu,
   * memory.
   *
   * @return resourceName
   */
  public String getResourceName() {
    return resourceName;
  }

  public void setResourceName(String resourceName) {
    this.resourceName = resourceName;
  }

  public V1ContainerResizePolicy restartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
    return this;
  }

  /**
   * Restart policy to apply when specified resource is resized. If not specified, it defaults to
   * NotRequired.
   *
   * @return restartPolicy
   */
  public String getRestartPolicy() {
    return restartPolicy;
  }

  public void setRestartPolicy(String restartPolicy) {
    this.restartPolicy = restartPolicy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ContainerResizePolicy that = (V1ContainerResizePolicy) other;
    return Objects.equals(resourceName, that.resourceName)
        && Objects.equals(restartPolicy, that.restartPolicy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resourceName, restartPolicy);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ContainerResizePolicy {\n");
    sb.append("    resourceName: ").append(resourceName).append('\n');
    sb.append("    restartPolicy: ").append(restartPolicy).append('\n');
    return sb.append("}").toString();
  }
}
