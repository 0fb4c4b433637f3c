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
 * VolumeNodeAffinity defines constraints that limit what nodes this volume can be accessed
 * from.
 */
public class V1VolumeNodeAffinity {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "required");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1VolumeNodeAffinity> CODEC = new Codec<V1VolumeNodeAffinity>() {
    @Override
    public V1VolumeNodeAffinity read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1VolumeNodeAffinity)");
      }
      V1VolumeNodeAffinity o = new V1VolumeNodeAffinity();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.required = V1NodeSelector.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1VolumeNodeAffinity o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.required != null) {
        g.writeFieldName("required");
        V1NodeSelector.CODEC.write(g, o.required);
      }
      g.writeEndObject();
    }
  };

  private V1NodeSelector required;

  public V1VolumeNodeAffinity required(V1NodeSelector required) {
    this.required = required;
    return this;
  }

  /**
   * required specifies hard node constraints that must be met.
   *
   * @return required
   */
  public V1NodeSelector getRequired() {
    return required;
  }

  public void setRequired(V1NodeSelector required) {
    this.required = required;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1VolumeNodeAffinity that = (V1VolumeNodeAffinity) other;
    return Objects.equals(required, that.required);
  }

  @Override
  public int hashCode() {
    return Objects.hash(required);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1VolumeNodeAffinity {\n");
    sb.append("    required: ").append(String.valueOf(required).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
