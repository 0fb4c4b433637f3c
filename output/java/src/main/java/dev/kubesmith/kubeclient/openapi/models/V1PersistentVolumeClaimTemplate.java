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
 * PersistentVolumeClaimTemplate is used to produce PersistentVolumeClaim objects as part of an
 * EphemeralVolumeSource.
 */
public class V1PersistentVolumeClaimTemplate {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "metadata",
      "spec");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1PersistentVolumeClaimTemplate> CODEC = new Codec<V1PersistentVolumeClaimTemplate>() {
    @Override
    public V1PersistentVolumeClaimTemplate read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1PersistentVolumeClaimTemplate)");
      }
      V1PersistentVolumeClaimTemplate o = new V1PersistentVolumeClaimTemplate();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.metadata = V1ObjectMeta.CODEC.read(p);
            break;
          case 1:
            o.spec = V1PersistentVolumeClaimSpec.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1PersistentVolumeClaimTemplate o) throws IOException {
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
        V1PersistentVolumeClaimSpec.CODEC.write(g, o.spec);
      }
      g.writeEndObject();
    }
  };

  private V1ObjectMeta metadata;

  private V1PersistentVolumeClaimSpec spec;

  public V1PersistentVolumeClaimTemplate metadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
    return this;
  }

  /**
   * May contain labels and annotations that will be copied into the PVC when creating it. No
   * other fields are allowed and will be rejected during validation.
   *
   * @return metadata
   */
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public void setMetadata(V1ObjectMeta metadata) {
    this.metadata = metadata;
  }

  public V1PersistentVolumeClaimTemplate spec(V1PersistentVolumeClaimSpec spec) {
    this.spec = spec;
    return this;
  }

  /**
   * The specification for the PersistentVolumeClaim. The entire content is copied unchanged into
   * the PVC that gets created from this template. The same fields as in a PersistentVolumeClaim
   * are also valid here.
   *
   * @return spec
   */
  public V1PersistentVolumeClaimSpec getSpec() {
    return spec;
  }

  public void setSpec(V1PersistentVolumeClaimSpec spec) {
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
    V1PersistentVolumeClaimTemplate that = (V1PersistentVolumeClaimTemplate) other;
    return Objects.equals(metadata, that.metadata)
        && Objects.equals(spec, that.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metadata, spec);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1PersistentVolumeClaimTemplate {\n");
    sb.append("    metadata: ").append(String.valueOf(metadata).replace("\n", "\n    ")).append('\n');
    sb.append("    spec: ").append(String.valueOf(spec).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
