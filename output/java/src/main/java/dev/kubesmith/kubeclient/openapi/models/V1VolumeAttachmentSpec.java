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
 * VolumeAttachmentSpec is the specification of a VolumeAttachment request.
 */
public class V1VolumeAttachmentSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "attacher",
      "nodeName",
      "source");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeAttachmentSpec> CODEC = new Codec<V1VolumeAttachmentSpec>() {
    @Override
    public V1VolumeAttachmentSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeAttachmentSpec)");
      }
      V1VolumeAttachmentSpec o = new V1VolumeAttachmentSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.attacher = Codecs.STRING.read(p);
            break;
          case 1:
            o.nodeName = Codecs.STRING.read(p);
            break;
          case 2:
            o.source = V1VolumeAttachmentSource.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeAttachmentSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.attacher != null) {
        g.writeFieldName("attacher");
        Codecs.STRING.write(g, o.attacher);
      }
      if (o.nodeName != null) {
        g.writeFieldName("nodeName");
        Codecs.STRING.write(g, o.nodeName);
      }
      if (o.source != null) {
        g.writeFieldName("source");
        V1VolumeAttachmentSource.CODEC.write(g, o.source);
      }
      g.writeEndObject();
    }
  };

  private String attacher;

  private String nodeName;

  private V1VolumeAttachmentSource source;

  public V1VolumeAttachmentSpec attacher(String attacher) {
    this.attacher = attacher;
    return this;
  }

  /**
   * attacher indicates the name of the volume driver that MUST handle this request. This is the
   * name returned by GetPluginName().
   *
   * @return attacher
   */
  public String getAttacher() {
    return attacher;
  }

  public void setAttacher(String attacher) {
    this.attacher = attacher;
  }

  public V1VolumeAttachmentSpec nodeName(String nodeName) {
    this.nodeName = nodeName;
    return this;
  }

  /**
   * nodeName represents the node that the volume should be attached to.
   *
   * @return nodeName
   */
  public String getNodeName() {
    return nodeName;
  }

  public void setNodeName(String nodeName) {
    this.nodeName = nodeName;
  }

  public V1VolumeAttachmentSpec source(V1VolumeAttachmentSource source) {
    this.source = source;
    return this;
  }

  /**
   * source represents the volume that should be attached.
   *
   * @return source
   */
  public V1VolumeAttachmentSource getSource() {
    return source;
  }

  public void setSource(V1VolumeAttachmentSource source) {
    this.source = source;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeAttachmentSpec that = (V1VolumeAttachmentSpec) other;
    return Objects.equals(attacher, that.attacher)
        && Objects.equals(nodeName, that.nodeName)
        && Objects.equals(source, that.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(attacher, nodeName, source);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeAttachmentSpec {\n");
    sb.append("    attacher: ").append(attacher).append('\n');
    sb.append("    nodeName: ").append(nodeName).append('\n');
    sb.append("    source: ").append(String.valueOf(source).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
