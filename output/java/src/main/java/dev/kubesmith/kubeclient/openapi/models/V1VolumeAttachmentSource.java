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
 * VolumeAttachmentSource represents a volume that should be attached. Right now only
 * PersistentVolumes can be attached via external attacher, in the future we may allow also
 * inline volumes in pods. Exactly one member can be set.
 */
public class V1VolumeAttachmentSource {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "inlineVolumeSpec",
      "persistentVolumeName");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeAttachmentSource> CODEC = new Codec<V1VolumeAttachmentSource>() {
    @Override
    public V1VolumeAttachmentSource read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeAttachmentSource)");
      }
      V1VolumeAttachmentSource o = new V1VolumeAttachmentSource();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.inlineVolumeSpec = V1PersistentVolumeSpec.CODEC.read(p);
            break;
          case 1:
            o.persistentVolumeName = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeAttachmentSource o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.inlineVolumeSpec != null) {
        g.writeFieldName("inlineVolumeSpec");
        V1PersistentVolumeSpec.CODEC.write(g, o.inlineVolumeSpec);
      }
      if (o.persistentVolumeName != null) {
        g.writeFieldName("persistentVolumeName");
        Codecs.STRING.write(g, o.persistentVolumeName);
      }
      g.writeEndObject();
    }
  };

  private V1PersistentVolumeSpec inlineVolumeSpec;

  private String persistentVolumeName;

  public V1VolumeAttachmentSource inlineVolumeSpec(V1PersistentVolumeSpec inlineVolumeSpec) {
    this.inlineVolumeSpec = inlineVolumeSpec;
    return this;
  }

  /**
   * inlineVolumeSpec contains all the information necessary to attach a persistent volume
   * defined by a pod's inline VolumeSource. This field is populated only for the CSIMigration
   * feature. It contains translated fields from a pod's inline VolumeSource to a
   * PersistentVolumeSpec. This field is beta-level and is only honored by servers that enabled
   * the CSIMigration feature.
   *
   * @return inlineVolumeSpec
   */
  public V1PersistentVolumeSpec getInlineVolumeSpec() {
    return inlineVolumeSpec;
  }

  public void setInlineVolumeSpec(V1PersistentVolumeSpec inlineVolumeSpec) {
    this.inlineVolumeSpec = inlineVolumeSpec;
  }

  public V1VolumeAttachmentSource persistentVolumeName(String persistentVolumeName) {
    this.persistentVolumeName = persistentVolumeName;
    return this;
  }

  /**
   * persistentVolumeName represents the name of the persistent volume to attach.
   *
   * @return persistentVolumeName
   */
  public String getPersistentVolumeName() {
    return persistentVolumeName;
  }

  public void setPersistentVolumeName(String persistentVolumeName) {
    this.persistentVolumeName = persistentVolumeName;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeAttachmentSource that = (V1VolumeAttachmentSource) other;
    return Objects.equals(inlineVolumeSpec, that.inlineVolumeSpec)
        && Objects.equals(persistentVolumeName, that.persistentVolumeName);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inlineVolumeSpec, persistentVolumeName);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeAttachmentSource {\n");
    sb.append("    inlineVolumeSpec: ").append(String.valueOf(inlineVolumeSpec).replace("\n", "\n    ")).append('\n');
    sb.append("    persistentVolumeName: ").append(persistentVolumeName).append('\n');
    return sb.append("}").toString();
  }
}
