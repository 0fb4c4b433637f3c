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
 * StatefulSetOrdinals describes the policy used for replica ordinal assignment in this
 * StatefulSet.
 */
public class V1StatefulSetOrdinals {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "start");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1StatefulSetOrdinals> CODEC = new Codec<V1StatefulSetOrdinals>() {
    @Override
    public V1StatefulSetOrdinals read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1StatefulSetOrdinals)");
      }
      V1StatefulSetOrdinals o = new V1StatefulSetOrdinals();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.start = Codecs.INT32.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1StatefulSetOrdinals o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.start != null) {
        g.writeFieldName("start");
        Codecs.INT32.write(g, o.start);
      }
      g.writeEndObject();
    }
  };

  private Integer start;

  public V1StatefulSetOrdinals start(Integer start) {
    this.start = start;
    return this;
  }

  /**
   * start is the number representing the first replica's index. It may be used to number
   * replicas from an alternate index (eg: 1-indexed) over the default 0-indexed names, or to
   * orchestrate progressive movement of replicas from one StatefulSet to another. If set,
   * replica indices will be in the range:
   *   [.spec.ordinals.start, .spec.ordinals.start + .spec.replicas).
   * If unset, defaults to 0. Replica indices will be in the range:
   *   [0, .spec.replicas).
   *
   * @return start
   */
  public Integer getStart() {
    return start;
  }

  public void setStart(Integer start) {
    this.start = start;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1StatefulSetOrdinals that = (V1StatefulSetOrdinals) other;
    return Objects.equals(start, that.start);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1StatefulSetOrdinals {\n");
    sb.append("    start: ").append(start).append('\n');
    return sb.append("}").toString();
  }
}
