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
 * EvictionSpec is a specification of an Eviction.
 */
public class V1alpha1EvictionSpec {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "target");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha1EvictionSpec> CODEC = new Codec<V1alpha1EvictionSpec>() {
    @Override
    public V1alpha1EvictionSpec read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha1EvictionSpec)");
      }
      V1alpha1EvictionSpec o = new V1alpha1EvictionSpec();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.target = V1alpha1EvictionTarget.CODEC.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha1EvictionSpec o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.target != null) {
        g.writeFieldName("target");
        V1alpha1EvictionTarget.CODEC.write(g, o.target);
      }
      g.writeEndObject();
    }
  };

  private V1alpha1EvictionTarget target;

  public V1alpha1EvictionSpec target(V1alpha1EvictionTarget target) {
    this.target = target;
    return this;
  }

  /**
   * target contains a reference to an object (e.g. a pod) that should be evicted. This field is
   * required and immutable.
   *
   * @return target
   */
  public V1alpha1EvictionTarget getTarget() {
    return target;
  }

  public void setTarget(V1alpha1EvictionTarget target) {
    this.target = target;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1alpha1EvictionSpec that = (V1alpha1EvictionSpec) other;
    return Objects.equals(target, that.target);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha1EvictionSpec {\n");
    sb.append("    target: ").append(String.valueOf(target).replace("\n", "\n    ")).append('\n');
    return sb.append("}").toString();
  }
}
