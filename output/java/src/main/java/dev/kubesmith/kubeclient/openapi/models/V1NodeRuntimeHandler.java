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
 * NodeRuntimeHandler is a set of runtime handler information.
 */
public class V1NodeRuntimeHandler {
  // the wire names in the order of the codec's cases (FieldNames: why)
  private static final FieldNames FIELD_NAMES = new FieldNames(
      "features",
      "name");

  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1NodeRuntimeHandler> CODEC = new Codec<V1NodeRuntimeHandler>() {
    @Override
    public V1NodeRuntimeHandler read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1NodeRuntimeHandler)");
      }
      V1NodeRuntimeHandler o = new V1NodeRuntimeHandler();
      int field = FieldNames.START;
      while ((field = FIELD_NAMES.next(p, field)) != FieldNames.END) {
        p.nextToken();
        switch (field) {
          case 0:
            o.features = V1NodeRuntimeHandlerFeatures.CODEC.read(p);
            break;
          case 1:
            o.name = Codecs.STRING.read(p);
            break;
          default:
            p.skipChildren();
        }
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1NodeRuntimeHandler o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      if (o.features != null) {
        g.writeFieldName("features");
        V1NodeRuntimeHandlerFeatures.CODEC.write(g, o.features);
      }
      if (o.name != null) {
        g.writeFieldName("name");
        Codecs.STRING.write(g, o.name);
      }
      g.writeEndObject();
    }
  };

  private V1NodeRuntimeHandlerFeatures features;

  private String name;

  public V1NodeRuntimeHandler features(V1NodeRuntimeHandlerFeatures features) {
    this.features = features;
    return this;
  }

  /**
   * Supported features.
   *
   * @return features
   */
  public V1NodeRuntimeHandlerFeatures getFeatures() {
    return features;
  }

  public void setFeatures(V1NodeRuntimeHandlerFeatures features) {
    this.features = features;
  }

  public V1NodeRuntimeHandler name(String name) {
    this.name = name;
    return this;
  }

  /**
   * Runtime handler name. Empty for the default runtime handler.
   *
   * @return name
   */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    V1NodeRuntimeHandler that = (V1NodeRuntimeHandler) other;
    return Objects.equals(features, that.features)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(features, name);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1NodeRuntimeHandler {\n");
    sb.append("    features: ").append(String.valueOf(features).replace("\n", "\n    ")).append('\n');
    sb.append("    name: ").append(name).append('\n');
    return sb.append("}").toString();
  }
}
