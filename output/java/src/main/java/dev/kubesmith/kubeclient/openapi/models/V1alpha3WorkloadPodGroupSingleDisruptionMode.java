package dev.kubesmith.kubeclient.openapi.models;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.kubesmith.kubeclient.openapi.json.Codec;
import dev.kubesmith.kubeclient.openapi.json.Codecs;
import java.io.IOException;

/**
 * WorkloadPodGroupSingleDisruptionMode indicates that individual pods can be disrupted
 * independently.
 */
public class V1alpha3WorkloadPodGroupSingleDisruptionMode {
  /** The streaming JSON codec: unknown fields are skipped, absent ones stay null. */
  public static final Codec<V1alpha3WorkloadPodGroupSingleDisruptionMode> CODEC = new Codec<V1alpha3WorkloadPodGroupSingleDisruptionMode>() {
    @Override
    public V1alpha3WorkloadPodGroupSingleDisruptionMode read(JsonParser p) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_OBJECT) {
        throw Codecs.mismatch(p, "an object (V1alpha3WorkloadPodGroupSingleDisruptionMode)");
      }
      V1alpha3WorkloadPodGroupSingleDisruptionMode o = new V1alpha3WorkloadPodGroupSingleDisruptionMode();
      while (p.nextFieldName() != null) {
        p.nextToken();
        p.skipChildren();
      }
      return o;
    }

    @Override
    public void write(JsonGenerator g, V1alpha3WorkloadPodGroupSingleDisruptionMode o) throws IOException {
      if (o == null) {
        g.writeNull();
        return;
      }
      g.writeStartObject();
      g.writeEndObject();
    }
  };

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("class V1alpha3WorkloadPodGroupSingleDisruptionMode {\n");
    return sb.append("}").toString();
  }
}
