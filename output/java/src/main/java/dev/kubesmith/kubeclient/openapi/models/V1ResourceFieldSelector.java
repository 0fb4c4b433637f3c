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
 * ResourceFieldSelector represents container resources (cpu, memory) and their output format
 */
public class V1ResourceFieldSelector {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "containerName",
      "divisor",
      "resource");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1ResourceFieldSelector> CODEC = new Codec<V1ResourceFieldSelector>() {
    @Override
    public V1ResourceFieldSelector read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1ResourceFieldSelector)");
      }
      V1ResourceFieldSelector o = new V1ResourceFieldSelector();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.containerName = Codecs.STRING.read(p);
            break;
          case 1:
            o.divisor = Codecs.QUANTITY.read(p);
            break;
          case 2:
            o.resource = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1ResourceFieldSelector o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.containerName != null) {
        g.writeFieldName("containerName");
        Codecs.STRING.write(g, o.containerName);
      }
      if (o.divisor != null) {
        g.writeFieldName("divisor");
        Codecs.QUANTITY.write(g, o.divisor);
      }
      if (o.resource != null) {
        g.writeFieldName("resource");
        Codecs.STRING.write(g, o.resource);
      }
      g.writeEndObject();
    }
  };

  private String containerName;

  private Quantity divisor;

  private String resource;

  public V1ResourceFieldSelector containerName(String containerName) {
    this.containerName = containerName;
    return this;
  }

  /**
   * Container name: required for volumes, optional for env vars
   *
   * @return containerName
   */
  public String getContainerName() {
    return containerName;
  }

  public void setContainerName(String containerName) {
    this.containerName = containerName;
  }

  public V1ResourceFieldSelector divisor(Quantity divisor) {
    this.divisor = divisor;
    return this;
  }

  /**
   * Specifies the output format of the exposed resources, defaults to "1"
   *
   * @return divisor
   */
  public Quantity getDivisor() {
    return divisor;
  }

  public void setDivisor(Quantity divisor) {
    this.divisor = divisor;
  }

  public V1ResourceFieldSelector resource(String resource) {
    this.resource = resource;
    return this;
  }

  /**
   * Required: resource to select
   *
   * @return resource
   */
  public String getResource() {
    return resource;
  }

  public void setResource(String resource) {
    this.resource = resource;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1ResourceFieldSelector that = (V1ResourceFieldSelector) other;
    return Objects.equals(containerName, that.containerName)
        && Objects.equals(divisor, that.divisor)
        && Objects.equals(resource, that.resource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(containerName, divisor, resource);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1ResourceFieldSelector {\n");
    sb.append("    containerName: ").append(containerName).append('\n');
    sb.append("    divisor: ").append(divisor).append('\n');
    sb.append("    resource: ").append(resource).append('\n');
    return sb.append("}").toString();
  }
}
