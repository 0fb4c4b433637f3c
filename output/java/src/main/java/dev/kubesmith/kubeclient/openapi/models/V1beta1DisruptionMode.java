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
 * DisruptionMode defines how individual entities within a group can be disrupted. Exactly one
 * mode can be set.
 */
public class V1beta1DisruptionMode {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "all",
      "single");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1beta1DisruptionMode> CODEC = new Codec<V1beta1DisruptionMode>() {
    @Override
    public V1beta1DisruptionMode read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1beta1DisruptionMode)");
      }
      V1beta1DisruptionMode o = new V1beta1DisruptionMode();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.all = V1beta1AllDisruptionMode.CODEC.read(p);
            break;
          case 1:
            o.single = V1beta1SingleDisruptionMode.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1beta1DisruptionMode o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.all != null) {
        g.writeFieldName("all");
        V1beta1AllDisruptionMode.CODEC.write(g, o.all);
      }
      if (o.single != null) {
        g.writeFieldName("single");
        V1beta1SingleDisruptionMode.CODEC.write(g, o.single);
      }
      g.writeEndObject();
    }
  };

  private V1beta1AllDisruptionMode all;

  private V1beta1SingleDisruptionMode single;

  public V1beta1DisruptionMode all(V1beta1AllDisruptionMode all) {
    this.all = all;
    return this;
  }

  /**
   * all specifies that all children can only be disrupted together.
   *
   * @return all
   */
  public V1beta1AllDisruptionMode getAll() {
    return all;
  }

  public void setAll(V1beta1AllDisruptionMode all) {
    this.all = all;
  }

  public V1beta1DisruptionMode single(V1beta1SingleDisruptionMode single) {
    this.single = single;
    return this;
  }

  /**
   * single specifies that children can be disrupted independently from each other.
   *
   * @return single
   */
  public V1beta1SingleDisruptionMode getSingle() {
    return single;
  }

  public void setSingle(V1beta1SingleDisruptionMode single) {
    this.single = single;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1beta1DisruptionMode that = (V1beta1DisruptionMode) other;
    return Objects.equals(all, that.all)
        && Objects.equals(single, that.single);
  }

  @Override
  public int hashCode() {
    return Objects.hash(all, single);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1beta1DisruptionMode {\n");
    sb.append("    all: ").append(String.valueOf(all).replace("\n", "\n    ")).append('\n');
    sb.append("    single: ").append(String.valueOf(single).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
