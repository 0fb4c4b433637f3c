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
 * ResourceClaimTemplateSpec contains the metadata and fields for a ResourceClaim.
 */
public class V1beta1ResourceClaimTemplateSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "metadata",
      "spec");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1ResourceClaimTemplateSpec> CODEC = new Codec<V1beta1ResourceClaimTemplateSpec>() {
    @Override
    public V1beta1ResourceClaimTemplateSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1ResourceClaimTemplateSpec)");
      }
      V1beta1ResourceClaimTemplateSpec o = new V1beta1ResourceClaimTemplateSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 1:
            o.spec = V1beta1ResourceClaimSpec.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1ResourceClaimTemplateSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.metadata != null) {
        g.writeFieldName("metadata");
        V1ObjectMeta.CODEC.write(g, o.metadata);
      }
      if (o.spec != null) {
        g.writeFieldName("spec");
        V1beta1ResourceClaimSpec.CODEC.write(g, o.spec);
      }
      g.writeEndObject();
    }
  };

  private V1ObjectMeta metadata;

  private V1beta1ResourceClaimSpec spec;

  public V1beta1ResourceClaimTemplateSpec metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * ObjectMeta may contain labels and annotations that will be copied into the ResourceClaim
   * when creating it. No other fields are allowed and will be rejected during validation.
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1beta1ResourceClaimTemplateSpec spec(V1beta1ResourceClaimSpec spec) {
    this.spec = spec;
    return this;
  }

  /**
   * Spec for the ResourceClaim. The entire content is copied unchanged into the ResourceClaim
   * that gets created from this template. The same fields as in a ResourceClaim are also valid
   * here.
   *
   * @return spec
   */
  public V1beta1ResourceClaimSpec getSpec() {
    return spec;
  }

  public void setSpec(V1beta1ResourceClaimSpec spec) {
    this.spec = spec;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1ResourceClaimTemplateSpec that = (V1beta1ResourceClaimTemplateSpec) other;
    return Objects.equals(metadata, that.metadata)
        && Objects.equals(spec, that.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, spec);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1ResourceClaimTemplateSpec {\n");
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    spec: ").append(String.valueOf(spec).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
