package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import dev.kubesmith.kubeclient.openapi.json.FieldNames;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * VolumeAttachmentStatus is the status of a VolumeAttachment request.
 */
public class V1VolumeAttachmentStatus {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "attachError",
      "attached",
      "attachmentMetadata",
      "detachError");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeAttachmentStatus> CODEC = new Codec<V1VolumeAttachmentStatus>() {
    @Override
    public V1VolumeAttachmentStatus read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeAttachmentStatus)");
      }
      V1VolumeAttachmentStatus o = new V1VolumeAttachmentStatus();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.attachError = V1VolumeError.CODEC.read(p);
            break;
          case 1:
            o.attached = Codecs.BOOLEAN.read(p);
            break;
          case 2:
            o.attachmentMetadata = Codecs.mapOf(Codecs.STRING).read(p);
            break;
          case 3:
            o.detachError = V1VolumeError.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeAttachmentStatus o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.attachError != null) {
        g.writeFieldName("attachError");
        V1VolumeError.CODEC.write(g, o.attachError);
      }
      if (o.attached != null) {
        g.writeFieldName("attached");
        Codecs.BOOLEAN.write(g, o.attached);
      }
      if (o.attachmentMetadata != null) {
        g.writeFieldName("attachmentMetadata");
        Codecs.mapOf(Codecs.STRING).write(g, o.attachmentMetadata);
      }
      if (o.detachError != null) {
        g.writeFieldName("detachError");
        V1VolumeError.CODEC.write(g, o.detachError);
      }
      g.writeEndObject();
    }
  };

  private V1VolumeError attachError;

  private Boolean attached;

  private Map<String, String> attachmentMetadata;

  private V1VolumeError detachError;

  public V1VolumeAttachmentStatus attachError(V1VolumeError attachError) {
    this.attachError = attachError;
    return this;
  }

  /**
   * attachError represents the last error encountered during attach operation, if any. This
   * field must only be set by the entity completing the attach operation, i.e. the
   * external-attacher.
   *
   * @return attachError
   */
  public V1VolumeError getAttachError() {
    return attachError;
  }

  public void setAttachError(V1VolumeError attachError) {
    this.attachError = attachError;
  }

  public V1VolumeAttachmentStatus attached(Boolean attached) {
    this.attached = attached;
    return this;
  }

  /**
   * attached indicates the volume is successfully attached. This field must only be set by the
   * entity completing the attach operation, i.e. the external-attacher.
   *
   * @return attached
   */
  public Boolean getAttached() {
    return attached;
  }

  public void setAttached(Boolean attached) {
    this.attached = attached;
  }

  public V1VolumeAttachmentStatus attachmentMetadata(Map<String, String> attachmentMetadata) {
    this.attachmentMetadata = attachmentMetadata;
    return this;
  }

  public V1VolumeAttachmentStatus putAttachmentMetadataItem(String key, String item) {
    if (this.attachmentMetadata == null) {
      this.attachmentMetadata = new LinkedHashMap<>();
    }
    this.attachmentMetadata.put(key, item);
    return this;
  }

  /**
   * attachmentMetadata is populated with any information returned by the attach operation, upon
   * successful attach, that must be passed into subsequent WaitForAttach or Mount calls. This
   * field must only be set by the entity completing the attach operation, i.e. the
   * external-attacher.
   *
   * @return attachmentMetadata
   */
  public Map<String, String> getAttachmentMetadata() {
    return attachmentMetadata;
  }

  public void setAttachmentMetadata(Map<String, String> attachmentMetadata) {
    this.attachmentMetadata = attachmentMetadata;
  }

  public V1VolumeAttachmentStatus detachError(V1VolumeError detachError) {
    this.detachError = detachError;
    return this;
  }

  /**
   * detachError represents the last error encountered during detach operation, if any. This
   * field must only be set by the entity completing the detach operation, i.e. the
   * external-attacher.
   *
   * @return detachError
   */
  public V1VolumeError getDetachError() {
    return detachError;
  }

  public void setDetachError(V1VolumeError detachError) {
    this.detachError = detachError;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeAttachmentStatus that = (V1VolumeAttachmentStatus) other;
    return Objects.equals(attachError, that.attachError)
        && Objects.equals(attached, that.attached)
        && Objects.equals(attachmentMetadata, that.attachmentMetadata)
        && Objects.equals(detachError, that.detachError);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attachError, attached, attachmentMetadata, detachError);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeAttachmentStatus {\n");
    sb.append("    attachError: ").append(String.valueOf(attachError).replace("\n", "\n    ")).append('\n');
    sb.append("    attached: ").append(attached).append('\n');
    sb.append("    attachmentMetadata: ").append(String.valueOf(attachmentMetadata).replace("\n", "\n    ")).append('\n');
    sb.append("    detachError: ").append(String.valueOf(detachError).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
