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
 * CustomResourceSubresourceScale defines how to serve the scale subresource for
 * CustomResources.
 */
public class V1CustomResourceSubresourceScale {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "labelSelectorPath",
      "specReplicasPath",
      "statusReplicasPath");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1CustomResourceSubresourceScale> CODEC = new Codec<V1CustomResourceSubresourceScale>() {
    @Override
    public V1CustomResourceSubresourceScale read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1CustomResourceSubresourceScale)");
      }
      V1CustomResourceSubresourceScale o = new V1CustomResourceSubresourceScale();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.labelSelectorPath = Codecs.STRING.read(p);
            break;
          case 1:
            o.specReplicasPath = Codecs.STRING.read(p);
            break;
          case 2:
            o.statusReplicasPath = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1CustomResourceSubresourceScale o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.labelSelectorPath != null) {
        g.writeFieldName("labelSelectorPath");
        Codecs.STRING.write(g, o.labelSelectorPath);
      }
      if (o.specReplicasPath != null) {
        g.writeFieldName("specReplicasPath");
        Codecs.STRING.write(g, o.specReplicasPath);
      }
      if (o.statusReplicasPath != null) {
        g.writeFieldName("statusReplicasPath");
        Codecs.STRING.write(g, o.statusReplicasPath);
      }
      g.writeEndObject();
    }
  };

  private String labelSelectorPath;

  private String specReplicasPath;

  private String statusReplicasPath;

  public V1CustomResourceSubresourceScale labelSelectorPath(String labelSelectorPath) {
    this.labelSelectorPath = labelSelectorPath;
    return this;
  }

  /**
   * labelSelectorPath defines the JSON path inside of a custom resource that corresponds to
   * Scale `status.selector`. Only JSON paths without the array notation are allowed. Must be a
   * JSON Path under `.status` or `.spec`. Must be set to work with HorizontalPodAutoscaler. The
   * field pointed by this JSON path must be a string field (not a complex selector struct) which
   * contains a serialized label selector in string form. More info:
   * https://kubernetes.io/docs/tasks/access-kubernetes-api/custom-resources/custom-resource-definitions#scale-subresource
   * If there is no value under the given path in the custom resource, the `status.selector`
   * value in the `/scale` subresource will default to the empty string.
   *
   * @return labelSelectorPath
   */
  public String getLabelSelectorPath() {
    return labelSelectorPath;
  }

  public void setLabelSelectorPath(String labelSelectorPath) {
    this.labelSelectorPath = labelSelectorPath;
  }

  public V1CustomResourceSubresourceScale specReplicasPath(String specReplicasPath) {
    this.specReplicasPath = specReplicasPath;
    return this;
  }

  /**
   * specReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale
   * `spec.replicas`. Only JSON paths without the array notation are allowed. Must be a JSON Path
   * under `.spec`. If there is no value under the given path in the custom resource, the
   * `/scale` subresource will return an error on GET.
   *
   * @return specReplicasPath
   */
  public String getSpecReplicasPath() {
    return specReplicasPath;
  }

  public void setSpecReplicasPath(String specReplicasPath) {
    this.specReplicasPath = specReplicasPath;
  }

  public V1CustomResourceSubresourceScale statusReplicasPath(String statusReplicasPath) {
    this.statusReplicasPath = statusReplicasPath;
    return this;
  }

  /**
   * statusReplicasPath defines the JSON path inside of a custom resource that corresponds to
   * Scale `status.replicas`. Only JSON paths without the array notation are allowed. Must be a
   * JSON Path under `.status`. If there is no value under the given path in the custom resource,
   * the `status.replicas` value in the `/scale` subresource will default to 0.
   *
   * @return statusReplicasPath
   */
  public String getStatusReplicasPath() {
    return statusReplicasPath;
  }

  public void setStatusReplicasPath(String statusReplicasPath) {
    this.statusReplicasPath = statusReplicasPath;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1CustomResourceSubresourceScale that = (V1CustomResourceSubresourceScale) other;
    return Objects.equals(labelSelectorPath, that.labelSelectorPath)
        && Objects.equals(specReplicasPath, that.specReplicasPath)
        && Objects.equals(statusReplicasPath, that.statusReplicasPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(labelSelectorPath, specReplicasPath, statusReplicasPath);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1CustomResourceSubresourceScale {\n");
    sb.append("    labelSelectorPath: ").append(labelSelectorPath).append('\n');
    sb.append("    specReplicasPath: ").append(specReplicasPath).append('\n');
    sb.append("    statusReplicasPath: ").append(statusReplicasPath).append('\n');
    return sb.append("}").toString();
  }
}
